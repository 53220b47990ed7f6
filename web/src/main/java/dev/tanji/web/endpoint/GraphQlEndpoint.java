package dev.tanji.web.endpoint;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.spi.config.Config;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /graphql}: SmallRye GraphQL executes the request; this servlet reads it and writes the answer, so that
 * every failure reaches the client as a GraphQL error with a stable {@code extensions.code} (see {@link ErrorCodes}).
 * It takes the place of SmallRye's {@code ExecutionServlet} (web.xml), which answers a malformed body with an HTML
 * error page and any query that does not parse with "Unparseable input document".
 *
 * <p>Request bodies over {@value #MAX_REQUEST_BYTES} (microprofile-config.properties) are refused with 413 before they
 * are read. The HTTP listener's {@code max-post-size} is set higher, as a backstop: Undertow answers a body over it
 * with a bare 400 before any servlet runs.
 */
public class GraphQlEndpoint extends HttpServlet {

    static final String MAX_REQUEST_BYTES = "tanji.graphql.max-request-bytes";

    private static final Logger LOG = Logger.getLogger(GraphQlEndpoint.class.getName());

    @Inject
    ExecutionService executionService;

    private long maxRequestBytes;

    @Override
    public void init() {
        OperationParserLimits.apply(Config.get());
        maxRequestBytes = Config.get().getConfigValue(MAX_REQUEST_BYTES, Long.class, Long.MAX_VALUE);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject input;
        try {
            input = GraphQlRequest.read(request, maxRequestBytes);
        } catch (RequestRefused refused) {
            send(response, refused.status(), refused.toResponse());
            return;
        }
        executionService.executeSync(input, new Answer(response, input.getString("query")));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        send(response, 405, new RequestRefused(405, "METHOD_NOT_ALLOWED",
                "Send queries with POST, as JSON: {\"query\": \"{ ... }\", \"variables\": {...}}").toResponse());
    }

    private static void send(HttpServletResponse response, int status, JsonObject body) {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        try (JsonWriter writer = Json.createWriter(response.getOutputStream())) {
            writer.writeObject(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes SmallRye's response with a code on every error. A result with data only (no error, no extension) is
     * streamed from graphql-java's result as it stands ({@link ResultJson}), in the same bytes.
     */
    private record Answer(HttpServletResponse response, String query) implements ExecutionResponseWriter {

        @Override
        public void write(ExecutionResponse executionResponse) {
            ExecutionResult result = executionResponse.getExecutionResult();
            if (result.getErrors().isEmpty() && result.isDataPresent()
                    && (result.getExtensions() == null || result.getExtensions().isEmpty())
                    && !Config.get().isExcludeNullFieldsInResponses()) {
                response.setStatus(200);
                response.setContentType("application/json;charset=UTF-8");
                try {
                    ResultJson.writeData(result.getData(), response.getOutputStream());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return;
            }
            send(response, 200, ErrorCodes.addTo(executionResponse.getExecutionResultAsJsonObject(), query));
        }

        @Override
        public void fail(Throwable failure) {
            LOG.log(Level.SEVERE, "GraphQL execution failed", failure);
            send(response, 500, new RequestRefused(500, "INTERNAL_ERROR",
                    "The server failed to answer this request; it has been logged").toResponse());
        }
    }
}
