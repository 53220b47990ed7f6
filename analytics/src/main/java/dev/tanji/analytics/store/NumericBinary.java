package dev.tanji.analytics.store;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * PostgreSQL's binary form of a {@code numeric} (what {@code numeric_send} writes) as a {@link BigDecimal} without
 * the trailing zeros of its declared scale, as {@code StoreRuns} reads decimals from text: {@code 1.5} and not
 * {@code 1.500000000000000000}, {@code 1500} and not {@code 1.5E+3}. Most values fit a {@code long} unscaled and are
 * built without a {@code BigInteger}, which the driver's own decoding builds for every value.
 *
 * <p>The form: the number of base-10000 digits, the weight of the first (its power of 10000), the sign, the display
 * scale, then the digits, each a big-endian 16-bit integer. Trailing zero digits are not sent.
 */
final class NumericBinary {

    private static final int HEADER_BYTES = 8;
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    /** Base-10000 digits whose value is below 10^16, well within a {@code long}. */
    private static final int LONG_DIGITS = 4;
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private NumericBinary() {
    }

    static BigDecimal decode(byte[] value) {
        if (value.length < HEADER_BYTES) {
            throw new IllegalArgumentException("Not a binary numeric: " + value.length + " bytes");
        }
        int digits = int16(value, 0);
        int weight = (short) int16(value, 2);
        int sign = int16(value, 4);
        if (sign != POSITIVE && sign != NEGATIVE) {
            throw new NumberFormatException("Not a finite number (NaN or infinity): numeric sign 0x"
                    + Integer.toHexString(sign));
        }
        if (value.length != HEADER_BYTES + 2 * digits) {
            throw new IllegalArgumentException("Not a binary numeric: " + value.length + " bytes for " + digits
                    + " digits");
        }
        if (digits == 0) {
            return BigDecimal.ZERO;
        }
        // the value is unscaled × 10^-scale, with the digits read as one integer
        int scale = 4 * (digits - 1 - weight);
        BigDecimal decoded = digits <= LONG_DIGITS && scale >= -4 * (LONG_DIGITS - digits)
                ? small(value, digits, scale) : large(value, digits, scale);
        return sign == NEGATIVE ? decoded.negate() : decoded;
    }

    /** Digits and zeros before the point that make less than 10^16. */
    private static BigDecimal small(byte[] value, int digits, int scale) {
        long unscaled = 0;
        for (int i = 0; i < digits; i++) {
            unscaled = unscaled * 10_000 + int16(value, HEADER_BYTES + 2 * i);
        }
        for (; scale < 0; scale += 4) {
            unscaled *= 10_000;
        }
        while (scale > 0 && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        return BigDecimal.valueOf(unscaled, scale);
    }

    private static BigDecimal large(byte[] value, int digits, int scale) {
        BigInteger unscaled = BigInteger.ZERO;
        for (int i = 0; i < digits; i++) {
            unscaled = unscaled.multiply(TEN_THOUSAND).add(BigInteger.valueOf(int16(value, HEADER_BYTES + 2 * i)));
        }
        BigDecimal decoded = new BigDecimal(unscaled, scale).stripTrailingZeros();
        return decoded.scale() < 0 ? decoded.setScale(0) : decoded;
    }

    private static int int16(byte[] value, int at) {
        return (value[at] & 0xff) << 8 | value[at + 1] & 0xff;
    }
}
