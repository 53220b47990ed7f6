package dev.tanji.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainObjectTest {

    private static final String[] KEYS = {"stage", "kgCo2e", "sharePercent"};

    @Test
    void isEqualToTheLinkedHashMapOfItsFieldsInTheirOrder() {
        PlainObject object = stage("PRODUCTION", "12.5");
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("stage", "PRODUCTION");
        expected.put("kgCo2e", new BigDecimal("12.5"));
        expected.put("sharePercent", null);

        assertThat(object).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(object);
        assertThat(object.keySet()).containsExactly("stage", "kgCo2e", "sharePercent");
        assertThat(object.get("kgCo2e")).isEqualTo(new BigDecimal("12.5"));
        assertThat(object.containsKey("sharePercent")).isTrue();
        assertThat(object.get("lines")).isNull();
        assertThat(object.containsKey("lines")).isFalse();
        assertThat(object.toString()).isEqualTo(expected.toString());
    }

    @Test
    void putReplacesAFieldOrAddsOneAtTheEndWithoutChangingTheObjectsSharingItsKeys() {
        PlainObject object = stage("PRODUCTION", "1");
        PlainObject other = stage("USE", "2");

        assertThat(object.put("sharePercent", BigDecimal.TEN)).isNull();
        assertThat(object.put("stage", "END_OF_LIFE")).isEqualTo("PRODUCTION");
        assertThat(object.put("lines", 3)).isNull();

        assertThat(object).containsExactly(Map.entry("stage", "END_OF_LIFE"), Map.entry("kgCo2e", BigDecimal.ONE),
                Map.entry("sharePercent", BigDecimal.TEN), Map.entry("lines", 3));
        assertThat(object.size()).isEqualTo(4);
        assertThat(other.keySet()).containsExactly("stage", "kgCo2e", "sharePercent");
        assertThat(other.get("stage")).isEqualTo("USE");
    }

    @Test
    void anEntrysNewValueIsTheObjects() {
        PlainObject object = stage("PRODUCTION", "1");

        object.entrySet().forEach(entry -> entry.setValue(entry.getKey() + "!"));

        assertThat(object.values()).containsExactly("stage!", "kgCo2e!", "sharePercent!");
    }

    private static PlainObject stage(String stage, String kgCo2e) {
        PlainObject object = new PlainObject(KEYS);
        object.set(0, stage);
        object.set(1, new BigDecimal(kgCo2e));
        return object;
    }
}
