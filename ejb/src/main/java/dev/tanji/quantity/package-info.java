/**
 * Quantities with units: {@link dev.tanji.quantity.Quantity} (a {@code BigDecimal} and a
 * {@link dev.tanji.quantity.UnitOfMeasure}), the unit catalogue {@link dev.tanji.quantity.Units}, emission-factor
 * units ({@link dev.tanji.quantity.FactorUnit}, e.g. {@code kg CO2e / t·km} or, per gas, {@code kg / m³}), the
 * greenhouse gases a mass of emission counts ({@link dev.tanji.quantity.Gas}), and the
 * {@link dev.tanji.quantity.Density} that turns a volume into a mass.
 *
 * <p>Units are defined with Indriya (JSR 385); conversions are exact {@code BigDecimal} arithmetic on the rational
 * factors Indriya derives. Nothing outside this package sees a {@code javax.measure} type. Adding kg to kWh, or
 * CNY to USD, fails with {@link dev.tanji.quantity.UnitMismatchException}; unknown spellings fail with
 * {@link dev.tanji.quantity.UnknownUnitException} or {@link dev.tanji.quantity.UnknownGasException}.
 */
package dev.tanji.quantity;
