package dev.tanji.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** A GraphQL client over plain HTTP, as any client of the server would be. */
public final class GraphQl {

    private final URI endpoint = URI.create(System.getProperty("tanji.graphql.url", "http://127.0.0.1:8180/graphql"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The endpoint's address, {@code http://host:port/graphql}. */
    public URI endpoint() {
        return endpoint;
    }

    /** Posts a query with variables and returns the whole response ({@code data} and {@code errors}). */
    public JsonObject post(String query, Map<String, ?> variables) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        body.add("variables", Json.createObjectBuilder(variables == null ? Map.of() : variables));
        return postBody(body.build().toString().getBytes(StandardCharsets.UTF_8)).body();
    }

    /** Posts a request body as it is, JSON or not, and returns the HTTP status with the JSON answer. */
    public Answer postBody(byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = send(request);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.statusCode(), reader.readObject());
        }
    }

    /** The schema the server serves, in GraphQL's schema language. */
    public String schema() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "/schema.graphql"))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("GraphQL endpoint " + endpoint + " did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts and returns {@code data}, failing when the response carries errors. */
    public JsonObject data(String query, Map<String, ?> variables) {
        JsonObject response = post(query, variables);
        if (response.containsKey("errors")) {
            throw new AssertionError("GraphQL errors: " + response.get("errors"));
        }
        return response.getJsonObject("data");
    }

    /** Posts a request that must fail and returns its first error. */
    public JsonObject firstError(String query, Map<String, ?> variables) {
        JsonObject response = post(query, variables);
        JsonArray errors = response.getJsonArray("errors");
        if (errors == null || errors.isEmpty()) {
            throw new AssertionError("Expected an error, got " + response);
        }
        return errors.getJsonObject(0);
    }

    /** An HTTP status and the JSON body that came with it. */
    public record Answer(int status, JsonObject body) {
    }

    public static String code(JsonObject error) {
        JsonValue extensions = error.get("extensions");
        return extensions == null ? null : extensions.asJsonObject().getString("code", null);
    }
}
