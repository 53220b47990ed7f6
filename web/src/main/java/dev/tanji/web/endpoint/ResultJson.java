package dev.tanji.web.endpoint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
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
 * as its name, anything else as JSON-B writes it). Jackson's generator writes the UTF-8 bytes: a page of 1,000 runs
 * is half a megabyte.
 */
final class ResultJson {

    /** Characters as JSON-P writes them: lower-case hexadecimal escapes, a character outside the BMP as is. */
    private static final JsonFactory GENERATORS = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private static volatile Jsonb jsonb;

    private ResultJson() {
    }

    static void writeData(Object data, OutputStream out) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("data");
            write(data, json);
            json.writeEndObject();
        }
    }

    private static void write(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                json.writeFieldName((String) field.getKey());
                write(field.getValue(), json);
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(element, json);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).intValue());
        } else if (value instanceof Long l) {
            json.writeNumber(l.longValue());
        } else if (value instanceof Double d) {
            json.writeNumber(BigDecimal.valueOf(d));
        } else if (value instanceof Float f) {
            json.writeNumber(new BigDecimal(String.valueOf(f)));
        } else if (value instanceof BigInteger i) {
            json.writeNumber(i);
        } else if (value instanceof Enum<?> e) {
            json.writeString(e.name());
        } else if (value instanceof JsonValue v) {
            json.writeRawValue(v.toString());
        } else {
            try (JsonReader reader = Json.createReader(new StringReader(jsonb().toJson(value)))) {
                json.writeRawValue(reader.readValue().toString());
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
