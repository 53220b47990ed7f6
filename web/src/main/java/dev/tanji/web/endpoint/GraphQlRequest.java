package dev.tanji.web.endpoint;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads a GraphQL request from an HTTP POST: {@code {"query": ..., "variables": ...}}, or a bare query as application/graphql. */
final class GraphQlRequest {

    /** Made once: {@code Json.createReader} looks its provider up on every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private static final String EXPECTED = "send one JSON object: {\"query\": \"{ ... }\", \"variables\": {...}}";

    private GraphQlRequest() {
    }

    static JsonObject read(HttpServletRequest request, long maxBytes) throws IOException, RequestRefused {
        if (request.getContentLengthLong() > maxBytes) {
            throw RequestRefused.tooLarge(maxBytes);
        }
        byte[] body = readAtMost(request.getInputStream(), maxBytes);
        if (body.length == 0) {
            throw RequestRefused.badRequest("The request has no body; " + EXPECTED);
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.startsWith("application/graphql")) {
            return Json.createObjectBuilder().add("query", new String(body, StandardCharsets.UTF_8)).build();
        }
        JsonValue value = parse(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw RequestRefused.badRequest("The request body is JSON but not an object; " + EXPECTED);
        }
        JsonObject input = value.asJsonObject();
        if (!(input.get("query") instanceof JsonString query) || query.getString().isBlank()) {
            throw RequestRefused.badRequest("The request has no query; " + EXPECTED);
        }
        return input;
    }

    private static JsonValue parse(byte[] body) throws RequestRefused {
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            return reader.readValue();
        } catch (JsonException e) {
            throw RequestRefused.badRequest("The request body is not valid JSON (" + e.getMessage() + "); " + EXPECTED);
        }
    }

    /** The body, refused as soon as it grows beyond {@code maxBytes} when it comes without a length. */
    private static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, RequestRefused {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            body.write(buffer, 0, n);
            if (body.size() > maxBytes) {
                throw RequestRefused.tooLarge(maxBytes);
            }
        }
        return body.toByteArray();
    }
}
