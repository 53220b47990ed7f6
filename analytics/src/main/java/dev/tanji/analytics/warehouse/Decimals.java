package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DECIMAL(18,6) as Parquet stores it in an INT64: the value rounded half-even to six places, unscaled.
 *
 * <p>A value of at most 18 digits (as nearly all are) is scaled in {@code long} arithmetic, its digits read without
 * the {@code BigInteger} that {@link BigDecimal#unscaledValue} makes on every call; an export converts several values
 * per line item, and {@link BigDecimal#setScale} allocates on every call too. Any other
 * value, and any that turns out not to fit, takes {@code setScale}, which also words the error.
 */
final class Decimals {

    static final int PRECISION = 18;
    static final int SCALE = 6;

    /** The largest unscaled value of DECIMAL(18,6): eighteen nines. */
    private static final long MAX_UNSCALED = 999_999_999_999_999_999L;
    private static final long[] TEN_POWERS = tenPowers();

    private Decimals() {
    }

    /**
     * Fails as {@link #unscaled} would. A value of at most 11 digits before the point fits whatever its rounding,
     * which its precision and scale tell without converting it.
     */
    static void requireFits(BigDecimal value) {
        if (value.precision() - value.scale() > PRECISION - SCALE - 1) {
            unscaled(value);
        }
    }

    static long unscaled(BigDecimal value) {
        int scale = value.scale();
        if (scale >= 0 && scale - SCALE < TEN_POWERS.length && value.precision() <= PRECISION) {
            // at most 18 digits: a long holds them, read as the value at scale 0 (no BigInteger made)
            long digits = value.scaleByPowerOfTen(scale).longValueExact();
            long unscaled = scale <= SCALE ? scaledUp(digits, SCALE - scale)
                    : roundedHalfEven(digits, TEN_POWERS[scale - SCALE]);
            if (Math.abs(unscaled) <= MAX_UNSCALED) {
                return unscaled;
            }
        }
        return unscaledByBigDecimal(value);
    }

    /** {@link #unscaled} the general way, for any value; the reference the fast path agrees with. */
    static long unscaledByBigDecimal(BigDecimal value) {
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        if (scaled.precision() > PRECISION) {
            throw new IllegalArgumentException(value.toPlainString() + " does not fit DECIMAL(18,6):"
                    + " at most 12 digits before the decimal point");
        }
        return scaled.unscaledValue().longValueExact();
    }

    /** {@code unscaled × 10^places}; {@link Long#MAX_VALUE} if that is beyond DECIMAL(18,6) (or a long). */
    private static long scaledUp(long unscaled, int places) {
        long factor = TEN_POWERS[places];
        return Math.abs(unscaled) > MAX_UNSCALED / factor ? Long.MAX_VALUE : unscaled * factor;
    }

    /** {@code unscaled / divisor}, rounded half-even; {@code divisor} a power of ten up to 10^18. */
    private static long roundedHalfEven(long unscaled, long divisor) {
        long quotient = unscaled / divisor;
        long twiceRemainder = Math.abs(unscaled % divisor) * 2;
        if (twiceRemainder > divisor || twiceRemainder == divisor && (quotient & 1) != 0) {
            quotient += Long.signum(unscaled);
        }
        return quotient;
    }

    /** 10^0 to 10^18: every power of ten a {@code long} holds. */
    private static long[] tenPowers() {
        long[] powers = new long[PRECISION + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
