package dev.tanji.factor.application;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;

/** The mass of one gas per reference unit of a per-gas factor, in the emission unit of the factor's unit. */
public record GasAmountView(Gas gas, BigDecimal amount) {
}
