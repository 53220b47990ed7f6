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
