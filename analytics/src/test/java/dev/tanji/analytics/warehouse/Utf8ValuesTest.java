package dev.tanji.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.junit.jupiter.api.Test;

/** A file's strings and UUIDs as Parquet binaries: each value's UTF-8 bytes, made once while the table holds it. */
class Utf8ValuesTest {

    @Test
    void aValueGivenAgainIsTheSameBinaryOfItsUtf8Bytes() {
        Utf8Values values = new Utf8Values();

        Binary steel = values.of("钢材 Stahl ü 🏭");

        assertThat(values.of(new String("钢材 Stahl ü 🏭"))).isSameAs(steel);
        assertThat(steel.getBytes()).isEqualTo("钢材 Stahl ü 🏭".getBytes(StandardCharsets.UTF_8));
        assertThat(values.of("")).isEqualTo(Binary.fromString(""));
        assertThat(values.of((String) null)).isNull();
    }

    @Test
    void aUuidIsItsTextAndNotTheSameEntryAsThatText() {
        Utf8Values values = new Utf8Values();
        UUID id = UUID.fromString("7b1c0f6e-2f0a-4c39-9a53-6c1d5e3f2a10");

        Binary binary = values.of(id);

        assertThat(values.of(UUID.fromString(id.toString()))).isSameAs(binary);
        assertThat(binary.toStringUsingUTF8()).isEqualTo("7b1c0f6e-2f0a-4c39-9a53-6c1d5e3f2a10");
        assertThat(values.of(id.toString())).isEqualTo(binary).isNotSameAs(binary);
        assertThat(values.of((UUID) null)).isNull();
    }

    @Test
    void aFullTableStartsAfreshAndStillGivesEachValuesBytes() {
        Utf8Values values = new Utf8Values(3);
        Binary first = values.of("kg");
        values.of("t");
        values.of("kWh");

        Binary again = values.of("kg");
        Binary fourth = values.of("m³");
        Binary afterFourth = values.of("kg");

        assertThat(again).as("still held: three values fit").isSameAs(first);
        assertThat(fourth.toStringUsingUTF8()).isEqualTo("m³");
        assertThat(afterFourth).as("made again after the table started afresh").isEqualTo(first).isNotSameAs(first);
    }
}
