package dev.tanji.analytics.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A line's kg CO2e by GWP set reads as the map it replaces, by set name and by position. */
class KgByGwpSetTest {

    private static final BigDecimal KG_AR5 = new BigDecimal("2.5");
    private static final BigDecimal KG_AR6 = new BigDecimal("2.75");

    @Test
    void isTheMapOfItsSetsWithTheAbsentSetLeftOut() {
        KgByGwpSet kg = KgByGwpSet.of(null, KG_AR5, KG_AR6);

        assertThat(kg).isEqualTo(Map.of("AR5", KG_AR5, "AR6", KG_AR6)).hasSameHashCodeAs(
                Map.of("AR5", KG_AR5, "AR6", KG_AR6));
        assertThat(kg).hasSize(2).containsExactly(entry("AR5", KG_AR5), entry("AR6", KG_AR6));
        assertThat(kg.get("AR4")).isNull();
        assertThat(kg.containsKey("AR4")).isFalse();
        assertThat(kg.get("AR6")).isSameAs(KG_AR6);
        assertThat(kg.get("SAR")).isNull();
        assertThat(kg.at(0)).isNull();
        assertThat(kg.at(1)).isSameAs(KG_AR5);
    }

    @Test
    void aLineInCo2eAloneHasTheSameValueUnderEverySet() {
        assertThat(KgByGwpSet.same(KG_AR6)).containsExactly(entry("AR4", KG_AR6), entry("AR5", KG_AR6),
                entry("AR6", KG_AR6));
    }

    @Test
    void copiesAMapBySetNameAndKeepsItsOwnAsItIs() {
        Map<String, BigDecimal> bySetName = new HashMap<>(Map.of("AR6", KG_AR6, "AR4", KG_AR5));
        KgByGwpSet kg = KgByGwpSet.copyOf(bySetName);
        bySetName.put("AR5", KG_AR5);

        assertThat(kg).containsExactly(entry("AR4", KG_AR5), entry("AR6", KG_AR6));
        assertThat(KgByGwpSet.copyOf(kg)).isSameAs(kg);
        assertThat(KgByGwpSet.copyOf(Map.of())).isEmpty();
    }

    @Test
    void refusesAnUnknownSetAMissingValueOrTheWrongNumberOfSets() {
        assertThatThrownBy(() -> KgByGwpSet.copyOf(Map.of("SAR", KG_AR5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown GWP set SAR; expected one of [AR4, AR5, AR6]");
        Map<String, BigDecimal> withNull = new HashMap<>();
        withNull.put("AR5", null);
        assertThatThrownBy(() -> KgByGwpSet.copyOf(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("kg CO2e under AR5");
        assertThatThrownBy(() -> KgByGwpSet.of(KG_AR5, KG_AR6)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 values for the 3 GWP sets [AR4, AR5, AR6]");
    }

    @Test
    void isUnmodifiable() {
        KgByGwpSet kg = KgByGwpSet.same(KG_AR5);

        assertThatThrownBy(() -> kg.put("AR4", KG_AR6)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> kg.entrySet().iterator().next().setValue(KG_AR6))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(kg.get("AR4")).isSameAs(KG_AR5);
    }

    @Test
    void aLineRecordKeepsItsValuesBySetAndAnswersByPosition() {
        LineRecord line = new LineRecord(1, "PRODUCTION", "electricity", BigDecimal.TEN, "kWh", BigDecimal.TEN,
                "kWh", null, "grid", "CLCD", "2024", 2023, "CO2E", KG_AR6, Map.of("AR6", KG_AR6, "AR5", KG_AR5));

        assertThat(line.kgCo2eByGwpSet()).isInstanceOf(KgByGwpSet.class);
        assertThat(line.kgCo2eUnder(0)).isNull();
        assertThat(line.kgCo2eUnder(1)).isSameAs(KG_AR5);
        assertThat(line.kgCo2eUnder(2)).isSameAs(KG_AR6);
    }
}
