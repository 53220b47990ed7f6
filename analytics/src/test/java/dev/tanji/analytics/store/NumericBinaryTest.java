package dev.tanji.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link NumericBinary} decodes PostgreSQL's binary numerics (written here as {@code numeric_send} writes them) to the
 * very {@code BigDecimal} the text form gives once its trailing zeros are trimmed: same value, same scale.
 */
class NumericBinaryTest {

    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.000000000000", "1", "-1", "1.5", "1.500000000000000000", "1500", "1500.000000",
        "10000", "100000000", "-100000000.000", "0.0001", "0.00000001", "0.000000000000000001", "-0.067943028625000000",
        "45451.862400000000000000", "9999.9999", "12345678.12345678", "1234567890123456", "12345678901234567",
        "9223372036854775807", "-9223372036854775808", "99999999999999999999999999.999999999999",
        "0.123456789012345678", "7695511.353087010910", "1E+20", "123456789012345678901234567890"})
    void decodesToTheTrimmedTextValue(String value) {
        BigDecimal decimal = new BigDecimal(value);

        BigDecimal decoded = NumericBinary.decode(send(decimal));

        assertThat(decoded).isEqualTo(ChunkStatements.Columns.trimmed(decimal.toPlainString()));
    }

    @Test
    void decodesRandomValuesOfEveryScaleAndSize() {
        Random random = new Random(15);
        for (int i = 0; i < 100_000; i++) {
            int digits = 1 + random.nextInt(38);
            BigInteger unscaled = new BigInteger(digits * 4, random).mod(BigInteger.TEN.pow(digits));
            BigDecimal value = new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(21));

            assertThat(NumericBinary.decode(send(value))).as(value.toPlainString())
                    .isEqualTo(ChunkStatements.Columns.trimmed(value.toPlainString()));
        }
    }

    @Test
    void refusesNaN() {
        byte[] nan = ByteBuffer.allocate(8).putShort((short) 0).putShort((short) 0).putShort((short) 0xC000)
                .putShort((short) 0).array();

        assertThatThrownBy(() -> NumericBinary.decode(nan)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void refusesBytesThatAreNoNumeric() {
        assertThatThrownBy(() -> NumericBinary.decode(new byte[] {0, 1, 0, 0, 0, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * {@code value} as {@code numeric_send} writes it: the base-10000 digits from the first non-zero one to the last
     * non-zero one, the weight of the first, the sign and the display scale.
     */
    private static byte[] send(BigDecimal value) {
        int displayScale = Math.max(value.scale(), 0);
        int fractionDigits = (displayScale + 3) / 4;
        BigInteger rest = value.abs().setScale(4 * fractionDigits).unscaledValue();
        List<Integer> digits = new ArrayList<>();
        while (rest.signum() > 0) {
            BigInteger[] quotientAndRemainder = rest.divideAndRemainder(TEN_THOUSAND);
            digits.add(quotientAndRemainder[1].intValue());
            rest = quotientAndRemainder[0];
        }
        int weight = digits.size() - 1 - fractionDigits;
        while (!digits.isEmpty() && digits.get(0) == 0) {
            digits.remove(0);
        }
        Collections.reverse(digits);
        ByteBuffer bytes = ByteBuffer.allocate(8 + 2 * digits.size());
        bytes.putShort((short) digits.size()).putShort((short) (digits.isEmpty() ? 0 : weight))
                .putShort((short) (value.signum() < 0 ? 0x4000 : 0)).putShort((short) displayScale);
        digits.forEach(digit -> bytes.putShort(digit.shortValue()));
        return bytes.array();
    }
}
