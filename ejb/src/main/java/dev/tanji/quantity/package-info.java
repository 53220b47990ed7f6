/**
 * Quantities with units: {@link dev.tanji.quantity.Quantity} (a {@code BigDecimal} and a
 * {@link dev.tanji.quantity.UnitOfMeasure}), the unit catalogue {@link dev.tanji.quantity.Units}, and emission-factor
 * units ({@link dev.tanji.quantity.FactorUnit}, e.g. {@code kg CO2e / t·km}).
 *
 * <p>Units are defined with Indriya (JSR 385); conversions are exact {@code BigDecimal} arithmetic on the rational
 * factors Indriya derives. Nothing outside this package sees a {@code javax.measure} type. Adding kg to kWh fails
 * with {@link dev.tanji.quantity.UnitMismatchException}; unknown spellings fail with
 * {@link dev.tanji.quantity.UnknownUnitException}.
 */
package dev.tanji.quantity;
