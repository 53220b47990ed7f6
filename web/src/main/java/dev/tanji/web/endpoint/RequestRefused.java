package dev.tanji.web.endpoint;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Locale;

/** A request answered before execution, with an HTTP status and one GraphQL error. */
final class RequestRefused extends Exception {

    private final int status;
    private final String code;

    RequestRefused(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    static RequestRefused tooLarge(long maxBytes) {
        return new RequestRefused(413, "REQUEST_TOO_LARGE", String.format(Locale.ROOT,
                "The request body is larger than %,d bytes, the most this server accepts; send less in one request",
                maxBytes));
    }

    static RequestRefused badRequest(String message) {
        return new RequestRefused(400, "BAD_REQUEST", message);
    }

    int status() {
        return status;
    }

    JsonObject toResponse() {
        return Json.createObjectBuilder()
                .add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("message", getMessage())
                        .add("extensions", Json.createObjectBuilder().add("code", code))))
                .build();
    }
}
