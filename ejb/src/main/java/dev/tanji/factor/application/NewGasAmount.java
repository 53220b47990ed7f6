package dev.tanji.factor.application;

import java.math.BigDecimal;

/**
 * One gas of a factor given per gas: the mass of {@code gas} per reference unit, in the emission unit of the factor's
 * gas-less unit ({@code kg / m3}).
 *
 * @param gas a gas code or symbol as {@link dev.tanji.quantity.Gas#parse(String)} reads it ({@code CH4_FOSSIL},
 *     {@code "CH4 fossil"})
 */
public record NewGasAmount(String gas, BigDecimal amount) {
}
