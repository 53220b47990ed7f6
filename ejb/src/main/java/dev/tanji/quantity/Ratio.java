package dev.tanji.quantity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact conversion factor {@code numerator / denominator}, kept as integers so that factors such as
 * 1 kWh = 3.6 MJ and 1 MJ = 5/18 kWh stay exact until they are applied to a value.
 */
record Ratio(BigInteger numerator, BigInteger denominator, BigDecimal exact) {

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);
    static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);

    /** {@code exact} is derived: the ratio as a decimal when it terminates, else {@code null}. */
    Ratio(BigInteger numerator, BigInteger denominator) {
        this(numerator, denominator, null);
    }

    Ratio {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("Ratio denominator must be positive: " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        exact = terminates(denominator) ? new BigDecimal(numerator).divide(new BigDecimal(denominator)) : null;
    }

    static Ratio of(BigDecimal value) {
        return value.scale() <= 0
                ? new Ratio(value.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    Ratio multiply(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Ratio divide(Ratio other) {
        BigInteger sign = BigInteger.valueOf(other.numerator.signum());
        return new Ratio(numerator.multiply(other.denominator).multiply(sign),
                denominator.multiply(other.numerator.abs()));
    }

    /**
     * {@code value × numerator / denominator}: exact whenever the decimal result terminates (the denominator has
     * no prime factors but 2 and 5), otherwise rounded to {@link Quantity#DIVISION_CONTEXT} (34 significant digits).
     */
    BigDecimal applyTo(BigDecimal value) {
        if (exact != null) {
            return value.multiply(exact);
        }
        return value.multiply(new BigDecimal(numerator)).divide(new BigDecimal(denominator),
                Quantity.DIVISION_CONTEXT);
    }

    BigDecimal toBigDecimal() {
        return applyTo(BigDecimal.ONE);
    }

    /** True if {@code numerator / denominator} has a finite decimal expansion. */
    boolean terminates() {
        return exact != null;
    }

    private static boolean terminates(BigInteger denominator) {
        BigInteger rest = denominator;
        while (rest.mod(TWO).signum() == 0) {
            rest = rest.divide(TWO);
        }
        while (rest.mod(FIVE).signum() == 0) {
            rest = rest.divide(FIVE);
        }
        return rest.equals(BigInteger.ONE);
    }
}
