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
import java.time.Duration;
import java.util.Map;

/** A GraphQL client over plain HTTP, as any client of the server would be. */
public final class GraphQl {

    private final URI endpoint = URI.create(System.getProperty("tanji.graphql.url", "http://127.0.0.1:8180/graphql"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Posts a query with variables and returns the whole response ({@code data} and {@code errors}). */
    public JsonObject post(String query, Map<String, ?> variables) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        body.add("variables", Json.createObjectBuilder(variables == null ? Map.of() : variables));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
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

    public static String code(JsonObject error) {
        JsonValue extensions = error.get("extensions");
        return extensions == null ? null : extensions.asJsonObject().getString("code", null);
    }
}
