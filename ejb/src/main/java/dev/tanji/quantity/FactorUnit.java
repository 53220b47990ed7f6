package dev.tanji.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of an emission factor: a mass of a greenhouse gas per reference unit, e.g. {@code kg CO2e / t·km} or
 * {@code g N2O / mmBtu}; or, in the per-gas form, a mass per reference unit with no gas named, e.g. {@code kg / m³},
 * for a factor that gives one amount per gas (natural gas burnt: 2.09 kg CO2, 3.75E-05 kg CH4 and 3.73E-06 kg N2O
 * per m³), each amount naming its own gas.
 *
 * @param emissionUnit the mass unit of the emission ({@code kg}, {@code t}, {@code g})
 * @param gas what the mass counts: CO2 equivalents or one gas; {@code null} in the per-gas form
 * @param referenceUnit what one factor value refers to: the unit the inventory amount must be converted into
 */
public record FactorUnit(UnitOfMeasure emissionUnit, Gas gas, UnitOfMeasure referenceUnit) {

    /** {@code <emission and gas> / <reference>}, the slash also written {@code per}. */
    private static final Pattern SYNTAX = Pattern.compile(
            "^(?<head>.+?)\\s*(?:/|\\bper\\b)\\s*(?<reference>.+)$", Pattern.CASE_INSENSITIVE);
    /** A mass glued to a gas, as in {@code kgCO2e}, {@code tCO2}, {@code gCH4}: the gas starts with a capital. */
    private static final Pattern GLUED = Pattern.compile("^(?<emission>kg|g|t)(?<gas>[A-Z].*)$");
    private static final Pattern PARENTHESISED = Pattern.compile("^\\((?<inner>.+)\\)$");

    public FactorUnit {
        Objects.requireNonNull(emissionUnit, "emissionUnit");
        Objects.requireNonNull(referenceUnit, "referenceUnit");
        if (emissionUnit.dimension() != Dimension.MASS) {
            throw new UnitMismatchException(Units.KILOGRAM, emissionUnit, "The emission in a factor unit must be a "
                    + "mass such as kg or t, not " + emissionUnit.dimension().label() + " (" + emissionUnit + ")");
        }
    }

    public static FactorUnit of(UnitOfMeasure emissionUnit, Gas gas, UnitOfMeasure referenceUnit) {
        return new FactorUnit(emissionUnit, gas, referenceUnit);
    }

    /** The per-gas form, e.g. {@code kg / m³}: each amount of the factor names its own gas. */
    public static FactorUnit perGas(UnitOfMeasure emissionUnit, UnitOfMeasure referenceUnit) {
        return new FactorUnit(emissionUnit, null, referenceUnit);
    }

    /**
     * Reads {@code <mass> <gas> / <unit>} as studies and factor databases write it: {@code "kg CO2e / kg"},
     * {@code "t CO2e/t"}, {@code "kgCO2e/(t·km)"}, {@code "tCO2/MWh"}, {@code "kgCO2e per piece"},
     * {@code "g N2O / mmBtu"}, {@code "kg CH4 fossil / Nm3"}; and the per-gas form {@code <mass> / <unit>}, e.g.
     * {@code "kg / m3"}. The mass may be glued to the gas ({@code kgCO2e}) when the gas starts with a capital; the gas
     * is anything {@link Gas#parse(String)} reads (CO2e, CO2-eq, CO₂e, CH4 fossil, HFC-134a, ...); the two units are
     * as {@link Units#parse(String)} reads them, the reference unit optionally in parentheses.
     *
     * @throws UnknownUnitException if the text is not of that form or a unit is unknown
     * @throws UnknownGasException if the gas is unknown
     * @throws UnitMismatchException if the emission part is not a mass
     */
    public static FactorUnit parse(String text) {
        Matcher parts = text == null ? null : SYNTAX.matcher(text.strip());
        if (parts == null || !parts.matches()) {
            throw notAFactorUnit(text);
        }
        String head = parts.group("head");
        UnitOfMeasure reference = Units.parse(withoutParentheses(parts.group("reference")));
        Optional<UnitOfMeasure> wholeHead = knownUnit(head);
        if (wholeHead.isPresent()) {
            return perGas(wholeHead.get(), reference);
        }
        String[] spaced = head.split("\\s+", 2);
        Optional<UnitOfMeasure> firstWord = spaced.length == 2 ? knownUnit(spaced[0]) : Optional.empty();
        if (firstWord.isPresent()) {
            return new FactorUnit(firstWord.get(), Gas.parse(spaced[1]), reference);
        }
        Matcher glued = GLUED.matcher(head);
        if (glued.matches()) {
            return new FactorUnit(Units.parse(glued.group("emission")), Gas.parse(glued.group("gas")), reference);
        }
        throw notAFactorUnit(text);
    }

    /**
     * Whether this is the per-gas form ({@code kg / m³}), with no {@link #gas()}: the factor gives an amount per gas
     * and each amount names its gas.
     */
    public boolean isPerGas() {
        return gas == null;
    }

    /**
     * What one unit of this factor unit is in kg of emission per {@code reference}: a value {@code v} in this unit is
     * {@code v × kgPer(reference)} kg (of CO2e, of the {@link #gas()}, or of each gas in the per-gas form) per
     * {@code reference}. For {@code t CO2e / t} and {@code kg} that is 1, for {@code t CO2e / kg} and {@code kg} 1000,
     * for {@code kg CO2e / kWh} and {@code MWh} 1000. Exact unless the decimal does not terminate (per MJ for a factor
     * per kWh), then 34 significant digits.
     *
     * @throws UnitMismatchException if {@code reference} measures another dimension than {@link #referenceUnit()}
     */
    public BigDecimal kgPer(UnitOfMeasure reference) {
        if (!referenceUnit.isCompatibleWith(reference)) {
            throw UnitMismatchException.applyingFactor(referenceUnit, reference);
        }
        return emissionUnit.factorTo(Units.KILOGRAM).multiply(reference.factorTo(referenceUnit)).toBigDecimal();
    }

    /** E.g. {@code t CO2e/t·km}, {@code kg CH4 fossil/m³}, or {@code kg/m³} in the per-gas form. */
    @Override
    public String toString() {
        return emissionUnit + (isPerGas() ? "" : " " + gas.symbol()) + "/" + referenceUnit;
    }

    private static Optional<UnitOfMeasure> knownUnit(String text) {
        try {
            return Optional.of(Units.parse(text));
        } catch (UnknownUnitException e) {
            return Optional.empty();
        }
    }

    private static String withoutParentheses(String reference) {
        Matcher parenthesised = PARENTHESISED.matcher(reference.strip());
        return parenthesised.matches() ? parenthesised.group("inner") : reference;
    }

    private static UnknownUnitException notAFactorUnit(String text) {
        return new UnknownUnitException(text, "Unknown emission factor unit '" + text + "'; write it as a mass of a "
                + "gas per unit, e.g. 'kg CO2e / kg', 'tCO2/MWh' or 'g N2O / mmBtu', or, for a factor given per gas, "
                + "as a mass per unit, e.g. 'kg / m3'");
    }
}
