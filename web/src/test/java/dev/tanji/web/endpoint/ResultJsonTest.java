package dev.tanji.web.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.web.graphql.PlainObject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ResultJsonTest {

    private enum Stage { PRODUCTION }

    @Test
    void writesTheDataOfAResultAsSmallRyesJsonObjectWouldBeWritten() throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("id", "a57191b5");
        run.put("productName", "Valve electric actuator 阀门驱动装置 \"quoted\"\n");
        run.put("totalKgCo2e", new BigDecimal("408.123456789000"));
        run.put("tiny", new BigDecimal("1E-14"));
        run.put("referenceYear", 2022);
        run.put("count", 12_345_678_901L);
        run.put("ratio", 0.1);
        run.put("big", 1.0E10);
        run.put("single", 0.1f);
        run.put("huge", new BigInteger("123456789012345678901234567890"));
        run.put("stage", Stage.PRODUCTION);
        run.put("primary", true);
        run.put("facility", null);
        run.put("stages", List.of(Map.of("stage", "PRODUCTION"), List.of()));
        run.put("json", Json.createObjectBuilder().add("a", 1).build());

        assertThat(written(Map.of("runs", new ArrayList<>(Arrays.asList(run, null))))).isEqualTo("{\"data\":"
                + "{\"runs\":[{\"id\":\"a57191b5\","
                + "\"productName\":\"Valve electric actuator 阀门驱动装置 \\\"quoted\\\"\\n\","
                + "\"totalKgCo2e\":408.123456789000,\"tiny\":1E-14,\"referenceYear\":2022,\"count\":12345678901,"
                + "\"ratio\":0.1,\"big\":1.0E+10,\"single\":0.1,\"huge\":123456789012345678901234567890,"
                + "\"stage\":\"PRODUCTION\",\"primary\":true,\"facility\":null,"
                + "\"stages\":[{\"stage\":\"PRODUCTION\"},[]],\"json\":{\"a\":1}},null]}}");
    }

    @Test
    void writesNullData() throws IOException {
        assertThat(written(null)).isEqualTo("{\"data\":null}");
    }

    @Test
    void escapesStringsAsJsonPWould() throws IOException {
        StringBuilder text = new StringBuilder("\"\\/ é 阀 😀 \u2028 \u007f");
        for (char c = 0; c < 0x20; c++) {
            text.append(c);
        }
        StringWriter expected = new StringWriter();
        try (JsonWriter writer = Json.createWriter(expected)) {
            writer.writeObject(Json.createObjectBuilder()
                    .add("data", Json.createObjectBuilder().add("text", text.toString())).build());
        }

        assertThat(written(Map.of("text", text.toString()))).isEqualTo(expected.toString());
    }

    @Test
    void writesAPlainObjectAndKeysThatAreNoGraphQlNameAsTheSameMapWouldBeWritten() throws IOException {
        PlainObject stage = new PlainObject("stage", "kgCo2e", "sharePercent");
        stage.put("stage", "PRODUCTION");
        stage.put("kgCo2e", new BigDecimal("12.500"));
        Map<String, Object> odd = new LinkedHashMap<>();
        odd.put("a\"b", 1);
        odd.put("é", 2);
        odd.put("1st", 3);
        odd.put("", 4);
        List<Object> data = List.of(stage, stage, new LinkedHashMap<>(stage), odd, odd);

        assertThat(written(data)).isEqualTo(writtenByJsonP(data)).isEqualTo("{\"data\":["
                + "{\"stage\":\"PRODUCTION\",\"kgCo2e\":12.500,\"sharePercent\":null},".repeat(3)
                + "{\"a\\\"b\":1,\"é\":2,\"1st\":3,\"\":4},".repeat(2).replaceAll(",$", "") + "]}");
    }

    @Test
    void writesEveryDecimalAsItsToStringWhateverItsScaleAndPrecision() throws IOException {
        List<BigDecimal> decimals = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.000"),
                new BigDecimal("0E-10"), new BigDecimal("1E+3"), new BigDecimal("-1E-7"), new BigDecimal("0.000001"),
                new BigDecimal("0.0000001"), new BigDecimal("-0.5"), new BigDecimal("999999999999999999"),
                new BigDecimal("-999999999999.999999"), new BigDecimal("1000000000000000000"),
                new BigDecimal("0.00000123456789012345678"), new BigDecimal("408.123456789000"),
                BigDecimal.valueOf(Long.MIN_VALUE, 3), BigDecimal.valueOf(Long.MAX_VALUE, 30)));
        Random random = new Random(14067);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong() / (1L << random.nextInt(63));
            decimals.add(BigDecimal.valueOf(unscaled, random.nextInt(40) - 8));
        }
        JsonArrayBuilder expected = Json.createArrayBuilder();
        decimals.forEach(expected::add);
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder().add("data", expected).build());
        }

        assertThat(written(decimals)).isEqualTo(out.toString());
    }

    @Test
    void aGraphQlNameIsALetterOrUnderscoreThenLettersDigitsAndUnderscores() {
        assertThat(List.of("id", "_x", "kgCo2e", "A_1")).allMatch(ResultJson::isGraphQlName);
        assertThat(List.of("", "1st", "a-b", "é", "a b", "a\"")).noneMatch(ResultJson::isGraphQlName);
    }

    private static String writtenByJsonP(List<Object> data) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object element : data) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            ((Map<?, ?>) element).forEach((key, value) -> {
                if (value == null) {
                    object.addNull((String) key);
                } else if (value instanceof String text) {
                    object.add((String) key, text);
                } else if (value instanceof BigDecimal number) {
                    object.add((String) key, number);
                } else {
                    object.add((String) key, (Integer) value);
                }
            });
            array.add(object);
        }
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(Json.createObjectBuilder().add("data", array).build());
        }
        return out.toString();
    }

    private static String written(Object data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultJson.writeData(data, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
