package dev.tanji.quantity;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit of an emission factor: a mass of greenhouse gas per reference unit, e.g. {@code kg CO2e / t·km}.
 *
 * @param emissionUnit the mass unit of the emission ({@code kg}, {@code t}, {@code g})
 * @param gas what the mass counts: CO2 equivalents, or CO2 alone
 * @param referenceUnit what one factor value refers to: the unit the inventory amount must be converted into
 */
public record FactorUnit(UnitOfMeasure emissionUnit, Gas gas, UnitOfMeasure referenceUnit) {

    /**
     * The greenhouse gas a factor is expressed in. A factor in CO2 alone is counted as CO2e one to one (the GWP of
     * CO2 is 1 in every IPCC set); it leaves out CH4 and N2O, which the gas is kept to show.
     */
    public enum Gas {
        CO2E("CO2e"),
        CO2("CO2");

        private final String symbol;

        Gas(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    private static final Pattern SYNTAX = Pattern.compile(
            "^(?<emission>.+?)\\s*(?<gas>CO2(?:-?eq?)?)\\s*(?:/|\\bper\\b)\\s*(?<reference>.+)$",
            Pattern.CASE_INSENSITIVE);

    public FactorUnit {
        Objects.requireNonNull(emissionUnit, "emissionUnit");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(referenceUnit, "referenceUnit");
        if (emissionUnit.dimension() != Dimension.MASS) {
            throw new UnitMismatchException(Units.KILOGRAM, emissionUnit, "The emission in a factor unit must be a "
                    + "mass such as kg or t, not " + emissionUnit.dimension().label() + " (" + emissionUnit + ")");
        }
    }

    public static FactorUnit of(UnitOfMeasure emissionUnit, Gas gas, UnitOfMeasure referenceUnit) {
        return new FactorUnit(emissionUnit, gas, referenceUnit);
    }

    /**
     * Reads spellings such as {@code "kg CO2e / kg"}, {@code "t CO2e/t"}, {@code "kg CO2e/t·km"},
     * {@code "kg CO2/kWh"}, {@code "tCO2/MWh"}, {@code "kgCO2e per piece"}. The gas may be written CO2e, CO2-eq,
     * CO2eq or CO₂e; the two units as {@link Units#parse(String)} accepts them.
     *
     * @throws UnknownUnitException if the text is not of the form {@code <mass> <gas> / <unit>} or a unit is unknown
     * @throws UnitMismatchException if the emission part is not a mass
     */
    public static FactorUnit parse(String text) {
        Matcher parts = text == null ? null : SYNTAX.matcher(text.strip().replace('₂', '2'));
        if (parts == null || !parts.matches()) {
            throw new UnknownUnitException(text, "Unknown emission factor unit '" + text
                    + "'; write it as a mass of CO2e per unit, e.g. 'kg CO2e / kg' or 't CO2 / MWh'");
        }
        Gas gas = parts.group("gas").equalsIgnoreCase("CO2") ? Gas.CO2 : Gas.CO2E;
        return new FactorUnit(Units.parse(parts.group("emission")), gas, Units.parse(parts.group("reference")));
    }

    /**
     * What one unit of this factor unit is in kg CO2e per {@code reference}: a value {@code v} in this unit is
     * {@code v × kgCo2ePer(reference)} kg CO2e per {@code reference}. For {@code t CO2e / t} and {@code kg} that is 1,
     * for {@code t CO2e / kg} and {@code kg} 1000, for {@code kg CO2e / kWh} and {@code MWh} 1000. Exact unless the
     * decimal does not terminate (per MJ for a factor per kWh), then 34 significant digits.
     *
     * @throws UnitMismatchException if {@code reference} measures another dimension than {@link #referenceUnit()}
     */
    public BigDecimal kgCo2ePer(UnitOfMeasure reference) {
        if (!referenceUnit.isCompatibleWith(reference)) {
            throw UnitMismatchException.applyingFactor(referenceUnit, reference);
        }
        return emissionUnit.factorTo(Units.KILOGRAM).multiply(reference.factorTo(referenceUnit)).toBigDecimal();
    }

    @Override
    public String toString() {
        return emissionUnit + " " + gas.symbol() + "/" + referenceUnit;
    }
}
