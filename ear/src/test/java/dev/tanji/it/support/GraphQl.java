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
import java.util.Base64;
import java.util.Map;

/**
 * A GraphQL client over plain HTTP, as any client of the server would be. It signs in as the demo ADMIN unless made
 * for another user ({@link #as}), with a bearer token ({@link #withToken}) or with no credentials ({@link #anonymous}).
 */
public final class GraphQl {

    /** The demo ADMIN, made on a store with no users when demo data is on (README, "Users and roles"). */
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "tanji-admin";

    private final URI endpoint = URI.create(System.getProperty("tanji.graphql.url", "http://127.0.0.1:8180/graphql"));
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /** The Authorization header's value, or null to send none. */
    private final String authorization;

    public GraphQl() {
        this(basic(ADMIN, ADMIN_PASSWORD));
    }

    private GraphQl(String authorization) {
        this.authorization = authorization;
    }

    /** A client signing in with this user name and password (HTTP Basic). */
    public static GraphQl as(String username, String password) {
        return new GraphQl(basic(username, password));
    }

    /** A client sending this access token ({@code Authorization: Bearer}). */
    public static GraphQl withToken(String token) {
        return new GraphQl("Bearer " + token);
    }

    /** A client sending no credentials at all. */
    public static GraphQl anonymous() {
        return new GraphQl((String) null);
    }

    /** The value of the Authorization header this client sends, or null for none. */
    public String authorization() {
        return authorization;
    }

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
        HttpResponse<String> response = send(postRequest(body));
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new AssertionError("HTTP " + response.statusCode() + " from " + endpoint + ": not signed in");
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return new Answer(response.statusCode(), reader.readObject());
        }
    }

    /** Posts a query with variables and returns the HTTP response as it is, whatever its status. */
    public HttpResponse<String> httpPost(String query, Map<String, ?> variables) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("query", query);
        body.add("variables", Json.createObjectBuilder(variables == null ? Map.of() : variables));
        return send(postRequest(body.build().toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The schema the server serves, in GraphQL's schema language. */
    public String schema() {
        HttpRequest request = request(URI.create(endpoint + "/schema.graphql")).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + request.uri() + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpRequest postRequest(byte[] body) {
        return request(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        return authorization == null ? request : request.header("Authorization", authorization);
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

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    public static String code(JsonObject error) {
        JsonValue extensions = error.get("extensions");
        return extensions == null ? null : extensions.asJsonObject().getString("code", null);
    }
}
