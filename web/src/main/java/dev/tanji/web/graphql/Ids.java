package dev.tanji.web.graphql;

import java.util.UUID;

/** Parses the ids clients send; a malformed id is the client's mistake, not a server error. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String field, String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiError("INVALID_ID", field + " '" + id + "' is not a valid id");
        }
    }

    public static UUID require(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new ApiError("INVALID_INPUT", field + " is missing");
        }
        return parse(field, id);
    }

    public static String format(UUID id) {
        return id == null ? null : id.toString();
    }
}
