package dev.tanji.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnitConverter;
import tech.units.indriya.function.RationalNumber;

/**
 * A unit of measure: a symbol (as printed, e.g. {@code kWh}) and the {@link Dimension} it measures.
 *
 * <p>Each unit is defined with Indriya (JSR 385), which knows that a kilowatt-hour is 1000 W × 3600 s and a tonne
 * 1000 kg, and checks that two units are commensurable. Conversions do not go through Indriya's {@code double}
 * arithmetic: Indriya's converter between two units is applied to the exact {@link RationalNumber} one, which
 * yields the factor as an exact rational (3.6 for kWh → MJ, 5/18 for MJ → kWh); a converter that would only give a
 * {@code double} is refused. Applying that factor to a {@code BigDecimal} is exact whenever the result has a finite
 * decimal expansion (every conversion except J-based → Wh-based energy), and otherwise rounded to 34 significant
 * digits. {@link Dimension} stays Tanji's own: JSR 385 sees a count as dimensionless and has no money; each currency
 * is compatible only with itself.
 *
 * <p>Units come from {@link Units}; compare them with {@code equals}.
 */
public final class UnitOfMeasure {

    private final String symbol;
    private final Dimension dimension;
    private final Unit<?> definition;
    private final Map<UnitOfMeasure, Ratio> factors = new ConcurrentHashMap<>();

    UnitOfMeasure(String symbol, Dimension dimension, Unit<?> definition) {
        this.symbol = Objects.requireNonNull(symbol, "symbol");
        this.dimension = Objects.requireNonNull(dimension, "dimension");
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /**
     * Whether an amount in this unit converts into {@code other}: the two measure the same dimension and, for money,
     * are the same currency.
     */
    public boolean isCompatibleWith(UnitOfMeasure other) {
        return dimension == other.dimension && (dimension != Dimension.MONEY || equals(other));
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
        return factors.computeIfAbsent(target, this::exactFactorTo);
    }

    private Ratio exactFactorTo(UnitOfMeasure target) {
        Number factor = converter(definition, target.definition).convert(RationalNumber.ONE);
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
        throw new IllegalStateException("Indriya gives no exact factor from " + this + " to " + target + ", only "
                + factor + " (" + factor.getClass().getSimpleName() + ")");
    }

    private static UnitConverter converter(Unit<?> from, Unit<?> to) {
        try {
            return from.getConverterToAny(to);
        } catch (IncommensurableException e) {
            throw new IllegalStateException("Indriya finds " + from + " and " + to + " incommensurable", e);
        }
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
