package dev.tanji.web.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.List;
import java.util.Map;

/**
 * An error as a GraphQL client sees it: a message a person can act on and a stable {@code extensions.code}.
 * SmallRye GraphQL copies a data-fetching exception's own extensions into the response, after its defaults, so the
 * code given here is the one the client reads.
 */
public final class ApiError extends RuntimeException implements GraphQLError {

    private final String code;

    public ApiError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
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
        return Map.of("code", code);
    }
}
