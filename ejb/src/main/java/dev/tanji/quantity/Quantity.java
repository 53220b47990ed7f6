package dev.tanji.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * An amount with its unit, e.g. 20.2 kg or 225,500 kWh. Immutable; arithmetic returns new quantities and refuses
 * to mix dimensions.
 *
 * <p>Two quantities are equal when their units are equal and their values are numerically equal
 * ({@code 1.0 kg} equals {@code 1.00 kg}); {@code 1000 g} does not equal {@code 1 kg}: convert first.
 */
public record Quantity(BigDecimal value, UnitOfMeasure unit) {

    /**
     * Precision of any division that does not terminate (e.g. 1 MJ = 5/18 kWh, or an annual total shared over an
     * annual output): 34 significant digits, IEEE 754 decimal128.
     */
    public static final MathContext DIVISION_CONTEXT = MathContext.DECIMAL128;

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(BigDecimal value, UnitOfMeasure unit) {
        return new Quantity(value, unit);
    }

    /** @throws NumberFormatException if {@code value} is not a decimal number */
    public static Quantity of(String value, UnitOfMeasure unit) {
        return new Quantity(new BigDecimal(value.strip()), unit);
    }

    /**
     * This quantity in {@code target}, exactly whenever the decimal result terminates (see {@link UnitOfMeasure}).
     *
     * @throws UnitMismatchException if {@code target} measures another dimension, naming both units
     */
    public Quantity to(UnitOfMeasure target) {
        if (unit.equals(target)) {
            return this;
        }
        return new Quantity(unit.factorTo(target).applyTo(value), target);
    }

    /**
     * This quantity in {@code target}, turning a volume into a mass or back through {@code density}: a volume's mass
     * is exact (9.88 m³ at 1.977 kg/m³ is 19.53276 kg), a mass's volume is rounded to {@link #DIVISION_CONTEXT} when
     * the quotient does not terminate. Between units of one dimension the density is not used and may be
     * {@code null}.
     *
     * @throws UnitMismatchException naming both units, if {@code target} measures neither this quantity's dimension
     *         nor, given a density, the other of mass and volume; or if a mass and a volume meet with no density
     */
    public Quantity to(UnitOfMeasure target, Density density) {
        if (unit.dimension() == target.dimension()) {
            return to(target);
        }
        if (!isMassOrVolume(unit) || !isMassOrVolume(target)) {
            throw UnitMismatchException.converting(unit, target);
        }
        if (density == null) {
            throw UnitMismatchException.withoutDensity(this, target);
        }
        Quantity converted = unit.dimension() == Dimension.VOLUME ? density.massOf(this) : density.volumeOf(this);
        return converted.to(target);
    }

    private static boolean isMassOrVolume(UnitOfMeasure unit) {
        return unit.dimension() == Dimension.MASS || unit.dimension() == Dimension.VOLUME;
    }

    /**
     * The sum, in this quantity's unit.
     *
     * @throws UnitMismatchException if {@code other} measures another dimension
     */
    public Quantity plus(Quantity other) {
        if (!unit.isCompatibleWith(other.unit)) {
            throw UnitMismatchException.adding(unit, other.unit);
        }
        return new Quantity(value.add(other.to(unit).value), unit);
    }

    /** Exact product, in the same unit. */
    public Quantity multiply(BigDecimal factor) {
        return new Quantity(value.multiply(factor), unit);
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Quantity quantity && unit.equals(quantity.unit) && value.compareTo(quantity.value) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value.stripTrailingZeros(), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit;
    }
}
