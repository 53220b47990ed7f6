package dev.tanji.web.endpoint;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every error of a GraphQL response a stable {@code extensions.code}. Errors from resolvers bring their own;
 * graphql-java's errors, raised before any resolver runs, get one from their classification:
 *
 * <ul>
 * <li>{@code GRAPHQL_PARSE_FAILED}: the query is not GraphQL (SmallRye answers only "Unparseable input document", so
 * the query is parsed again to say where);</li>
 * <li>{@code QUERY_TOO_LARGE}: the query has more tokens, whitespace tokens or characters than the parser accepts;</li>
 * <li>{@code GRAPHQL_VALIDATION_FAILED}: an unknown field, a wrong or missing argument, a bad variable;</li>
 * <li>{@code QUERY_TOO_DEEP}, {@code QUERY_TOO_COMPLEX}: the depth and complexity limits;</li>
 * <li>{@code INTERNAL_ERROR}: anything else, with no code of its own.</li>
 * </ul>
 */
final class ErrorCodes {

    private static final Pattern LIMIT_EXCEEDED = Pattern.compile("maximum query (depth|complexity) exceeded (\\d+) > (\\d+)");
    /** A scalar as graphql-java's syntax tree prints it in messages, {@code StringValue{value='x'}}: shown as {@code x}. */
    private static final Pattern SCALAR_NODE = Pattern.compile("(?:String|Int|Float|Boolean|Enum)Value\\{(?:value|name)='?([^'}]*)'?}");
    /** A list or input object as the syntax tree prints it: left out, the rest of the message names the problem. */
    private static final Pattern COMPOUND_VALUE = Pattern.compile(" with value '(?:Object|Array)Value\\{.*}'(?= )");
    /** What graphql-java and SmallRye add after a wrong type: AST node names, or the same again with an SRGQL code. */
    private static final Pattern WRONG_TYPE_DETAIL = Pattern.compile(" - (?:Expected an AST type|SRGQL\\d+:).*$");

    private ErrorCodes() {
    }

    /** The response with a code on each error; {@code query} is the request's, to explain a parse failure. */
    static JsonObject addTo(JsonObject response, String query) {
        JsonArray errors = response.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            return response;
        }
        Optional<JsonArray> syntaxError = response.containsKey("data") ? Optional.empty() : syntaxError(query);
        return Json.createObjectBuilder(response).add("errors", syntaxError.orElseGet(() -> coded(errors))).build();
    }

    private static JsonArray coded(JsonArray errors) {
        JsonArrayBuilder coded = Json.createArrayBuilder();
        errors.getValuesAs(JsonObject.class).forEach(error -> coded.add(coded(error)));
        return coded.build();
    }

    private static JsonObject coded(JsonObject error) {
        JsonObject extensions = error.get("extensions") instanceof JsonObject e ? e : JsonValue.EMPTY_JSON_OBJECT;
        if (extensions.containsKey("code")) {
            return error;
        }
        String message = error.getString("message", "");
        String code = switch (extensions.getString("classification", "")) {
            case "ValidationError" -> "GRAPHQL_VALIDATION_FAILED";
            case "InvalidSyntax" -> "GRAPHQL_PARSE_FAILED";
            case "OperationNotSupported" -> "OPERATION_NOT_SUPPORTED";
            case "ExecutionAborted" -> "QUERY_ABORTED";
            default -> "INTERNAL_ERROR";
        };
        Matcher limit = LIMIT_EXCEEDED.matcher(message);
        if (limit.matches() && limit.group(1).equals("depth")) {
            code = "QUERY_TOO_DEEP";
            message = "The query nests fields " + limit.group(2) + " levels deep; at most " + limit.group(3)
                    + " are allowed. Ask for fewer nested fields or split the query";
        } else if (limit.matches()) {
            code = "QUERY_TOO_COMPLEX";
            message = "The query's complexity is " + limit.group(2) + " (one for each field it selects); at most "
                    + limit.group(3) + " is allowed. Ask for fewer fields or split the query";
        }
        return Json.createObjectBuilder(error)
                .add("message", readable(message))
                .add("extensions", Json.createObjectBuilder(extensions).add("code", code))
                .build();
    }

    /** A message without graphql-java's syntax tree class names. */
    static String readable(String message) {
        String scalarsShown = SCALAR_NODE.matcher(message).replaceAll("$1");
        return WRONG_TYPE_DETAIL.matcher(COMPOUND_VALUE.matcher(scalarsShown).replaceAll("")).replaceAll("");
    }

    /** The parse failure of a query, as graphql-java reports it, or nothing if it parses. */
    static Optional<JsonArray> syntaxError(String query) {
        if (query == null) {
            return Optional.empty();
        }
        InvalidSyntaxException e = ParseAndValidate.parse(ExecutionInput.newExecutionInput(query).build())
                .getSyntaxException();
        if (e == null) {
            return Optional.empty();
        }
        boolean tooLarge = e instanceof ParseCancelledException || e instanceof ParseCancelledTooDeepException
                || e instanceof ParseCancelledTooManyCharsException;
        JsonObjectBuilder error = Json.createObjectBuilder().add("message", e.getMessage());
        SourceLocation at = e.getLocation();
        if (at != null && at.getLine() > 0) {
            error.add("locations", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("line", at.getLine()).add("column", at.getColumn())));
        }
        error.add("extensions", Json.createObjectBuilder()
                .add("code", tooLarge ? "QUERY_TOO_LARGE" : "GRAPHQL_PARSE_FAILED")
                .add("classification", "InvalidSyntax"));
        return Optional.of(Json.createArrayBuilder().add(error).build());
    }
}
