package dev.tanji.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import javax.measure.Unit;
import tech.units.indriya.function.RationalNumber;

/**
 * A unit of measure: a symbol (as printed, e.g. {@code kWh}) and the {@link Dimension} it measures.
 *
 * <p>Each unit is defined with Indriya (JSR 385), which knows that a kilowatt-hour is 1000 W × 3600 s and a tonne
 * 1000 kg. Conversions do not go through Indriya's {@code double} arithmetic: the factor from this unit to its
 * Indriya system unit is read once as an exact rational ({@link RationalNumber}, e.g. 3,600,000 for kWh → J) and
 * factors between units are ratios of those. Applying a factor to a {@code BigDecimal} is then exact whenever the
 * result has a finite decimal expansion (every conversion except Wh-based ↔ J-based, where 1 MJ = 5/18 kWh), and
 * otherwise rounded to 34 significant digits. A unit whose Indriya definition yields no exact rational factor is
 * rejected when it is defined.
 *
 * <p>Units come from {@link Units}; compare them with {@code equals}.
 */
public final class UnitOfMeasure {

    private final String symbol;
    private final Dimension dimension;
    private final Unit<?> definition;
    private final Ratio toSystemUnit;

    UnitOfMeasure(String symbol, Dimension dimension, Unit<?> definition) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.definition = Objects.requireNonNull(definition, "definition");
        this.toSystemUnit = exactFactorToSystemUnit(definition);
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    public boolean isCompatibleWith(UnitOfMeasure other) {
        return dimension == other.dimension;
    }

    /**
     * The exact factor {@code f} such that {@code x [this] = x·f [target]}.
     *
     * @throws UnitMismatchException if the units measure different dimensions
     */
    Ratio factorTo(UnitOfMeasure target) {
        if (!isCompatibleWith(target)) {
            throw UnitMismatchException.converting(this, target);
        }
        if (!definition.getSystemUnit().equals(target.definition.getSystemUnit())) {
            throw new IllegalStateException("Units " + this + " and " + target + " share the dimension "
                    + dimension + " but have different Indriya system units");
        }
        return toSystemUnit.divide(target.toSystemUnit);
    }

    private static Ratio exactFactorToSystemUnit(Unit<?> unit) {
        Number factor = converterToSystemUnit(unit).convert(RationalNumber.ONE);
        if (factor instanceof RationalNumber rational) {
            return new Ratio(rational.getDividend(), rational.getDivisor());
        }
        if (factor instanceof BigDecimal decimal) {
            return Ratio.of(decimal);
        }
        if (factor instanceof BigInteger integer) {
            return new Ratio(integer, BigInteger.ONE);
        }
        if (factor instanceof Integer || factor instanceof Long || factor instanceof Short || factor instanceof Byte) {
            return new Ratio(BigInteger.valueOf(factor.longValue()), BigInteger.ONE);
        }
        throw new IllegalStateException("Indriya gives no exact factor from " + unit + " to its system unit, only "
                + factor + " (" + factor.getClass().getSimpleName() + ")");
    }

    private static <Q extends javax.measure.Quantity<Q>> javax.measure.UnitConverter converterToSystemUnit(Unit<Q> unit) {
        return unit.getConverterTo(unit.getSystemUnit());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitOfMeasure unit && symbol.equals(unit.symbol) && dimension == unit.dimension;
    }

    @Override
    public int hashCode() {
        return Objects.hash(symbol, dimension);
    }

    @Override
    public String toString() {
        return symbol;
    }
}
