package dev.tanji.factor.application;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;

/** The 100-year global warming potential of one gas in one IPCC report, with where the figure comes from. */
public record GwpValueView(Gas gas, BigDecimal gwp100, String source) {
}
