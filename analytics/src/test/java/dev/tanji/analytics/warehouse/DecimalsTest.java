package dev.tanji.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Decimals#unscaled} in {@code long} arithmetic gives what {@code setScale(6, HALF_EVEN)} gives, and refuses
 * what does not fit DECIMAL(18,6) in the same words; {@link Decimals#requireFits} refuses the same values.
 */
class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000000", "0E-18", "1", "-1", "48.720000000000", "717.818097423125",
        "0.0000005", "0.0000015", "0.0000025", "-0.0000005", "-0.0000015", "-0.0000025", "2.5000005", "2.5000015",
        "0.00000050000000000001", "-0.00000049999999999999", "0.0000004999999999999999999", "1.2345675", "1.2345685",
        "-1.2345675", "-1.2345685", "123456789012.3456785", "123456789012.3456795", "-123456789012.3456795",
        "999999999999.999999", "-999999999999.999999", "999999999999.9999994", "-999999999999.9999994",
        "999999999999", "100000000000", "0.4611686018427387903", "4611686018.427387903",
        "0.000000000000000000000001", "-0.000000000000000000000001", "1E+3", "1.5E+11", "1E-30",
        "7695511.353087010910", "9223372.036854775807", "-9223372.036854775807", "-9223372.036854775808",
        "-9223372.036854775809", "922337203685.4775807", "-922337203685.4775808"})
    void agreesWithSetScaleHalfEven(String value) {
        BigDecimal decimal = new BigDecimal(value);

        assertThat(Decimals.unscaled(decimal)).isEqualTo(Decimals.unscaledByBigDecimal(decimal));
        assertThatCode(() -> Decimals.requireFits(decimal)).doesNotThrowAnyException();
    }

    @Test
    void roundsTiesToTheEvenNeighbourInBothDirections() {
        assertThat(Decimals.unscaled(new BigDecimal("0.0000005"))).isZero();
        assertThat(Decimals.unscaled(new BigDecimal("0.0000015"))).isEqualTo(2);
        assertThat(Decimals.unscaled(new BigDecimal("-0.0000015"))).isEqualTo(-2);
        assertThat(Decimals.unscaled(new BigDecimal("-0.0000025"))).isEqualTo(-2);
        assertThat(Decimals.unscaled(new BigDecimal("1.23456750000000000001"))).isEqualTo(1_234_568);
    }

    @Test
    void twelveDigitsBeforeThePointFit() {
        assertThat(Decimals.unscaled(new BigDecimal("999999999999.999999"))).isEqualTo(999_999_999_999_999_999L);
        assertThat(Decimals.unscaled(new BigDecimal("-999999999999.999999"))).isEqualTo(-999_999_999_999_999_999L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000000000000", "-1000000000000", "999999999999.9999995", "-999999999999.9999995",
        "1000000000000.000000000000", "4611686018427387904", "9223372036854775807", "1E+13",
        "123456789012345678901234567890"})
    void refusesWhatDoesNotFitInTheSameWords(String value) {
        BigDecimal decimal = new BigDecimal(value);

        assertThatThrownBy(() -> Decimals.unscaled(decimal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(decimal.toPlainString() + " does not fit DECIMAL(18,6): at most 12 digits before the"
                        + " decimal point");
        assertThatThrownBy(() -> Decimals.unscaledByBigDecimal(decimal))
                .hasMessage(decimal.toPlainString() + " does not fit DECIMAL(18,6): at most 12 digits before the"
                        + " decimal point");
        assertThatThrownBy(() -> Decimals.requireFits(decimal))
                .hasMessage(decimal.toPlainString() + " does not fit DECIMAL(18,6): at most 12 digits before the"
                        + " decimal point");
    }

    @Test
    void agreesOnRandomValuesOfEveryScaleAndSize() {
        Random random = new Random(20_250_101);
        for (int i = 0; i < 200_000; i++) {
            int digits = 1 + random.nextInt(22);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            if (random.nextBoolean()) {
                unscaled = unscaled.negate();
            }
            if (random.nextInt(4) == 0) {
                unscaled = unscaled.multiply(BigInteger.TEN.pow(random.nextInt(8))).add(BigInteger.valueOf(5));
            }
            BigDecimal value = new BigDecimal(unscaled, random.nextInt(26) - 1);
            long expected;
            try {
                expected = Decimals.unscaledByBigDecimal(value);
            } catch (IllegalArgumentException e) {
                assertThatThrownBy(() -> Decimals.unscaled(value)).hasMessage(e.getMessage());
                assertThatThrownBy(() -> Decimals.requireFits(value)).hasMessage(e.getMessage());
                continue;
            }
            assertThat(Decimals.unscaled(value)).as(value.toPlainString()).isEqualTo(expected);
            Decimals.requireFits(value);
        }
    }
}
