package dev.tanji.quantity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much mass one cubic metre of a material holds, to turn a volume into a mass or back: welding CO2 bought in
 * m³ while its factor is per kg, or diesel in litres against a factor per t. A gas's density depends on its
 * temperature and pressure; for volumes at normal conditions (Nm³, 0 °C and 1 atm; see {@link Units}) give the
 * density at those conditions, e.g. 1.977 kg/m³ for CO2.
 *
 * <p>Two densities are equal when their values are numerically equal ({@code 1.977} and {@code 1.9770}).
 *
 * @param kgPerCubicMetre the density in kg/m³, positive
 */
public record Density(BigDecimal kgPerCubicMetre) {

    public Density {
        Objects.requireNonNull(kgPerCubicMetre, "kgPerCubicMetre");
        if (kgPerCubicMetre.signum() <= 0) {
            throw new InvalidDensityException(kgPerCubicMetre.toPlainString());
        }
    }

    /** @throws InvalidDensityException if {@code value} is not a positive decimal number */
    public static Density kgPerCubicMetre(String value) {
        try {
            return new Density(new BigDecimal(Objects.requireNonNullElse(value, "").strip()));
        } catch (NumberFormatException e) {
            throw new InvalidDensityException(value);
        }
    }

    /** The mass of {@code volume}, in kg; exact. */
    Quantity massOf(Quantity volume) {
        BigDecimal cubicMetres = volume.to(Units.CUBIC_METRE).value();
        return Quantity.of(cubicMetres.multiply(kgPerCubicMetre), Units.KILOGRAM);
    }

    /** The volume of {@code mass}, in m³; rounded to {@link Quantity#DIVISION_CONTEXT} if it does not terminate. */
    Quantity volumeOf(Quantity mass) {
        BigDecimal kilograms = mass.to(Units.KILOGRAM).value();
        return Quantity.of(kilograms.divide(kgPerCubicMetre, Quantity.DIVISION_CONTEXT), Units.CUBIC_METRE);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Density density && kgPerCubicMetre.compareTo(density.kgPerCubicMetre) == 0;
    }

    @Override
    public int hashCode() {
        return kgPerCubicMetre.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return kgPerCubicMetre.toPlainString() + " kg/m³";
    }
}
