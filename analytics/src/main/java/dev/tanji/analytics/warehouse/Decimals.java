package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** DECIMAL(18,6) as Parquet stores it in an INT64: the value rounded half-even to six places, unscaled. */
final class Decimals {

    static final int PRECISION = 18;
    static final int SCALE = 6;

    private Decimals() {
    }

    static long unscaled(BigDecimal value) {
        BigDecimal scaled = value.setScale(SCALE, RoundingMode.HALF_EVEN);
        if (scaled.precision() > PRECISION) {
            throw new IllegalArgumentException(value.toPlainString() + " does not fit DECIMAL(18,6):"
                    + " at most 12 digits before the decimal point");
        }
        return scaled.unscaledValue().longValueExact();
    }
}
