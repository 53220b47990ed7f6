package dev.tanji.platform.referencedata;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;

/** One row of {@code gwp_value}: the GWP100 of a gas in one IPCC report ({@code AR4}, {@code AR5}, {@code AR6}). */
record GwpValue(String gwpSet, Gas gas, BigDecimal gwp100, String source) {
}
