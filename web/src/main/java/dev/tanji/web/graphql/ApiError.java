package dev.tanji.web.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as a GraphQL client sees it: a message a person can act on and a stable {@code extensions.code}, with
 * further extensions where the error has details to list. SmallRye GraphQL copies a data-fetching exception's own
 * extensions into the response, after its defaults, so the code given here is the one the client reads.
 */
public final class ApiError extends RuntimeException implements GraphQLError {

    private final String code;
    private final Map<String, Object> details;

    public ApiError(String code, String message) {
        this(code, message, Map.of());
    }

    /** An error with more extensions than its code; a list among them must be a {@code jakarta.json.JsonArray}. */
    public ApiError(String code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public String code() {
        return code;
    }

    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        return extensions;
    }
}
