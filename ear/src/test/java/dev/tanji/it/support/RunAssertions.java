package dev.tanji.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reading and checking a run as GraphQL returns it, with the tolerances of shared/cases/README.md. */
public final class RunAssertions {

    /** Published totals and items are rounded by their authors: 0.02 kg CO2e. */
    public static final BigDecimal KG = new BigDecimal("0.02");
    /** Published shares: 0.01 percentage points. */
    public static final BigDecimal POINTS = new BigDecimal("0.01");

    private RunAssertions() {
    }

    /** The line for {@code item} matches the published kg CO2e and share. */
    public static void assertItem(JsonObject run, String item, String kg, String share) {
        JsonObject line = line(run, item);
        assertThat(decimal(line, "kgCo2e")).as(item + " kg CO2e").isCloseTo(new BigDecimal(kg), within(KG));
        assertThat(decimal(line, "sharePercent")).as(item + " share").isCloseTo(new BigDecimal(share),
                within(POINTS));
    }

    public static JsonObject line(JsonObject run, String item) {
        JsonObject line = byKey(run, "lines", "item").get(item);
        assertThat(line).as(item).isNotNull();
        return line;
    }

    /** The objects of {@code array}, by the string field {@code key}. */
    public static Map<String, JsonObject> byKey(JsonObject parent, String array, String key) {
        return parent.getJsonArray(array).getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(o -> o.getString(key), Function.identity()));
    }

    public static List<String> codes(JsonObject run) {
        return run.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .map(w -> w.getString("code")).toList();
    }

    /** A decimal field, {@code null} if absent or null. */
    public static BigDecimal decimal(JsonObject o, String key) {
        return o.getJsonNumber(key) == null ? null : o.getJsonNumber(key).bigDecimalValue();
    }
}
