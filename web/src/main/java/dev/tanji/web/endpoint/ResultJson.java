package dev.tanji.web.endpoint;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.tanji.web.graphql.PlainObject;
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
import java.util.HashMap;
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

    private final JsonGenerator json;
    /** Field names already written, encoded once: a page of runs writes the same few names thousands of times. */
    private final Map<String, SerializableString> names = new HashMap<>();
    /**
     * Where a decimal's characters are put together, from the right: at most a sign, {@code 0.}, five zeros and 18
     * digits.
     */
    private final char[] decimal = new char[32];

    private ResultJson(JsonGenerator json) {
        this.json = json;
    }

    static void writeData(Object data, OutputStream out) throws IOException {
        try (JsonGenerator json = GENERATORS.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeFieldName("data");
            new ResultJson(json).write(data);
            json.writeEndObject();
        }
    }

    private void write(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String s) {
            json.writeString(s);
        } else if (value instanceof BigDecimal d) {
            writeDecimal(d);
        } else if (value instanceof PlainObject object) {
            json.writeStartObject();
            for (int i = 0; i < object.size(); i++) {
                writeFieldName(object.key(i));
                write(object.value(i));
            }
            json.writeEndObject();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                writeFieldName((String) field.getKey());
                write(field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                write(element);
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

    /**
     * A decimal as {@link BigDecimal#toString()} writes it, without building that string for the usual one: up to 18
     * digits, a scale of zero or more, in plain notation (at most six zeros after the point before the first
     * digit). A page of runs writes some 9,000 decimals, and {@code toString} made four objects for each, a sixth of
     * all the page allocated. Any other decimal is written by its {@code toString}.
     */
    private void writeDecimal(BigDecimal value) throws IOException {
        int scale = value.scale();
        int precision = value.precision();
        if (scale < 0 || precision > 18 || precision - 1 - scale < -6) {
            json.writeNumber(value);
            return;
        }
        long unscaled = value.unscaledValue().longValue();
        boolean negative = unscaled < 0;
        long rest = Math.abs(unscaled);
        int at = decimal.length;
        for (int i = 0; i < scale; i++) {
            decimal[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        if (scale > 0) {
            decimal[--at] = '.';
        }
        do {
            decimal[--at] = (char) ('0' + rest % 10);
            rest /= 10;
        } while (rest > 0);
        if (negative) {
            decimal[--at] = '-';
        }
        json.writeNumber(decimal, at, decimal.length - at);
    }

    /**
     * A GraphQL name ({@code [_A-Za-z][_0-9A-Za-z]*}, as every result key is) needs no escaping, so its encoded form
     * is the same bytes whichever escapes the generator is configured with; any other key is written as a string.
     */
    private void writeFieldName(String name) throws IOException {
        SerializableString encoded = names.get(name);
        if (encoded == null && isGraphQlName(name)) {
            encoded = new SerializedString(name);
            names.put(name, encoded);
        }
        if (encoded == null) {
            json.writeFieldName(name);
        } else {
            json.writeFieldName(encoded);
        }
    }

    static boolean isGraphQlName(String name) {
        if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static Jsonb jsonb() {
        if (jsonb == null) {
            jsonb = JsonbBuilder.create();
        }
        return jsonb;
    }
}
