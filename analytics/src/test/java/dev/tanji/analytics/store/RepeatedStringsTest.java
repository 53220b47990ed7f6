package dev.tanji.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A column's strings made once per value, found again whether the value comes back at once or later. */
class RepeatedStringsTest {

    private final RepeatedStrings strings = new RepeatedStrings();

    @Test
    void aValueGivenAgainIsTheStringMadeTheFirstTime() {
        String kwh = strings.of(utf8("kWh"));

        assertThat(strings.of(utf8("kWh"))).isSameAs(kwh);
        assertThat(strings.of(utf8("t·km"))).isEqualTo("t·km");
        assertThat(strings.of(utf8("kWh"))).isSameAs(kwh);
        assertThat(strings.of(utf8("kg"))).isEqualTo("kg");
        assertThat(strings.of(utf8("kWh"))).isSameAs(kwh).isEqualTo("kWh");
    }

    @Test
    void keepsACopyOfTheBytesItWasGiven() {
        byte[] bytes = utf8("steel");
        String steel = strings.of(bytes);
        bytes[0] = 'S';

        assertThat(strings.of(bytes)).isEqualTo("Steel");
        assertThat(strings.of(utf8("steel"))).isSameAs(steel);
    }

    @Test
    void decodesTextBeyondAsciiAndEmptyText() {
        assertThat(strings.of(utf8("钢材 Stahl ü 🏭"))).isEqualTo("钢材 Stahl ü 🏭");
        assertThat(strings.of(utf8(""))).isEmpty();
        assertThat(strings.of(utf8("钢材 Stahl ü 🏭"))).isEqualTo("钢材 Stahl ü 🏭");
    }

    @Test
    void moreValuesThanItKeepsAreStillEachTheirOwnString() {
        int values = 3 * RepeatedStrings.SLOTS;
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < values; i++) {
                assertThat(strings.of(utf8("item " + i))).isEqualTo("item " + i);
            }
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
