package dev.tanji.web.endpoint;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a GraphQL result's {@code data} as {@code {"data": ...}} straight to a stream, value by value, in the same
 * bytes SmallRye GraphQL's {@code ExecutionResponse} gives when it first builds a {@code JsonObject} of the whole
 * result: maps as objects in their order, collections as arrays, each Java value as the same JSON value (a
 * {@code Double} as its {@code BigDecimal.valueOf}, a {@code Float} as the decimal of its {@code toString}, an enum
 * as its name, anything else as JSON-B writes it).
 */
final class ResultJson {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    private static volatile Jsonb jsonb;

    private ResultJson() {
    }

    static void writeData(Object data, OutputStream out) {
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            json.writeKey("data");
            write(data, json);
            json.writeEnd();
        }
    }

    private static void write(Object value, JsonGenerator json) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof JsonValue v) {
            json.write(v);
        } else if (value instanceof String s) {
            json.write(s);
        } else if (value instanceof BigDecimal d) {
            json.write(d);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            map.forEach((key, field) -> {
                json.writeKey((String) key);
                write(field, json);
            });
            json.writeEnd();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            list.forEach(element -> write(element, json));
            json.writeEnd();
        } else if (value instanceof Boolean b) {
            json.write(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.write(((Number) value).intValue());
        } else if (value instanceof Long l) {
            json.write(l.longValue());
        } else if (value instanceof Double d) {
            json.write(BigDecimal.valueOf(d));
        } else if (value instanceof Float f) {
            json.write(new BigDecimal(String.valueOf(f)));
        } else if (value instanceof BigInteger i) {
            json.write(i);
        } else if (value instanceof Enum<?> e) {
            json.write(e.name());
        } else {
            try (JsonReader reader = Json.createReader(new StringReader(jsonb().toJson(value)))) {
                json.write(reader.readValue());
            }
        }
    }

    private static Jsonb jsonb() {
        if (jsonb == null) {
            jsonb = JsonbBuilder.create();
        }
        return jsonb;
    }
}
