package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every request signs in, with a password (HTTP Basic) or an access token (Bearer), and each role may do what it may
 * and no more: refused credentials are HTTP 401, a refused operation is a GraphQL error FORBIDDEN.
 */
class AuthenticationIT {

    private static final String ME = "{ me { username role companyId } }";
    private static final String CREATE_COMPANY = "mutation($i: CompanyInput!) { createCompany(input: $i) { id } }";
    private static final String CREATE_USER = "mutation($u: String!, $p: String!, $r: Role!, $c: ID) {"
            + " createUser(username: $u, password: $p, role: $r, companyId: $c) { username role companyId } }";
    private static final String RUNS = "{ runs(first: 5) { totalCount nodes { id } } }";
    private static final String DEMO_COMPANY = "天津百利二通机械有限公司";
    private static final String TOKEN = "mutation { createAccessToken { accessToken tokenType expiresAt } }";

    private final GraphQl admin = new GraphQl();

    @Test
    void aRequestWithoutCredentialsIsRefusedWith401AndBothChallenges() {
        HttpResponse<String> response = GraphQl.anonymous().httpPost(RUNS, Map.of());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic realm=\"tanji\""))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer"));
        assertThat(response.body()).doesNotContain("\"data\"");
        assertThat(GraphQl.code(errorOf(response))).isEqualTo("UNAUTHENTICATED");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/json"));
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedWith401() {
        HttpResponse<String> wrongPassword = GraphQl.as(GraphQl.ADMIN, "not-the-password").httpPost(RUNS, Map.of());
        HttpResponse<String> unknownUser = GraphQl.as("nobody-" + System.nanoTime(), "whatever1")
                .httpPost(RUNS, Map.of());

        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknownUser.statusCode()).isEqualTo(401);
        assertThat(GraphQl.code(errorOf(wrongPassword))).isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQl.code(errorOf(unknownUser))).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void theSchemaIsNotPublicButGraphiqlsPageIs() throws Exception {
        assertThat(get("/graphql/schema.graphql").statusCode()).isEqualTo(401);

        HttpResponse<String> page = get("/graphql-ui/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("graphiql");
    }

    @Test
    void theDemoUsersSignInWithTheirDocumentedPasswords() {
        assertThat(GraphQl.as("admin", "tanji-admin").data(ME, Map.of()).getJsonObject("me").getString("role"))
                .isEqualTo("ADMIN");
        String demoCompany = companyId(DEMO_COMPANY);
        for (String role : List.of("editor", "analyst", "viewer")) {
            JsonObject me = GraphQl.as(role, "tanji-" + role).data(ME, Map.of()).getJsonObject("me");
            assertThat(me.getString("username")).isEqualTo(role);
            assertThat(me.getString("role")).isEqualTo(role.toUpperCase());
            assertThat(me.getString("companyId")).isEqualTo(demoCompany);
        }
    }

    @Test
    void anAdminCreatesACompanyAndAUserWhoThenSignsIn() {
        String company = newCompany();
        String username = "editor-" + System.nanoTime();

        JsonObject created = createUser(admin, username, "a-long-password", "EDITOR", company)
                .getJsonObject("data").getJsonObject("createUser");

        assertThat(created.getString("role")).isEqualTo("EDITOR");
        assertThat(created.getString("companyId")).isEqualTo(company);
        JsonObject me = GraphQl.as(username, "a-long-password").data(ME, Map.of()).getJsonObject("me");
        assertThat(me.getString("username")).isEqualTo(username);
        assertThat(me.getString("companyId")).isEqualTo(company);
    }

    @Test
    void aViewerReadsRunsButMayNotCreateOrReadAnythingElse() {
        GraphQl viewer = newUser("VIEWER");

        assertThat(viewer.data(RUNS, Map.of()).getJsonObject("runs").getInt("totalCount")).isPositive();
        assertForbidden(viewer.firstError(CREATE_COMPANY, Map.of("i", Map.of("name", "Viewer's " + System.nanoTime()))),
                "createCompany");
        assertForbidden(viewer.firstError("{ studies(first: 1) { totalCount } }", Map.of()), "studies");
        assertForbidden(viewer.firstError("{ companies(first: 1) { totalCount } }", Map.of()), "companies");
        assertForbidden(viewer.firstError("{ warehouseFootprints { product } }", Map.of()),
                "warehouseFootprints");
    }

    @Test
    void anAnalystReadsButWritesNothing() {
        GraphQl analyst = newUser("ANALYST");

        assertThat(analyst.data("{ studies(first: 1) { totalCount } }", Map.of()).getJsonObject("studies")
                .getInt("totalCount")).isPositive();
        assertForbidden(analyst.firstError(CREATE_COMPANY,
                Map.of("i", Map.of("name", "Analyst's " + System.nanoTime()))), "createCompany");
        assertForbidden(analyst.firstError("mutation { exportWarehouse { runsWritten } }", Map.of()),
                "exportWarehouse");
    }

    @Test
    void onlyAnAdminCreatesUsers() {
        GraphQl editor = newUser("EDITOR");

        JsonObject error = firstError(createUser(editor, "made-by-editor-" + System.nanoTime(), "a-long-password",
                "VIEWER", newCompany()));

        assertForbidden(error, "createUser");
    }

    @Test
    void aNewUserNeedsAUsableNameALongEnoughPasswordAndACompanyUnlessAdmin() {
        String company = newCompany();

        assertThat(GraphQl.code(firstError(createUser(admin, "has space", "a-long-password", "VIEWER", company))))
                .isEqualTo("INVALID_INPUT");
        assertThat(GraphQl.code(firstError(createUser(admin, "short-" + System.nanoTime(), "short", "VIEWER",
                company)))).isEqualTo("INVALID_INPUT");
        assertThat(GraphQl.code(firstError(createUser(admin, "no-company-" + System.nanoTime(), "a-long-password",
                "ANALYST", null)))).isEqualTo("INVALID_INPUT");
        assertThat(GraphQl.code(firstError(createUser(admin, "Admin", "a-long-password", "ADMIN", null))))
                .isEqualTo("DUPLICATE_NAME");
    }

    @Test
    void anAccessTokenStandsInForThePasswordWithTheSameRole() {
        String username = "viewer-" + System.nanoTime();
        createUser(admin, username, "a-long-password", "VIEWER", companyId(DEMO_COMPANY));

        JsonObject token = GraphQl.as(username, "a-long-password").data(TOKEN, Map.of())
                .getJsonObject("createAccessToken");
        GraphQl bearer = GraphQl.withToken(token.getString("accessToken"));

        assertThat(token.getString("tokenType")).isEqualTo("Bearer");
        assertThat(bearer.data(ME, Map.of()).getJsonObject("me").getString("username")).isEqualTo(username);
        assertThat(bearer.data(RUNS, Map.of()).getJsonObject("runs").getInt("totalCount")).isPositive();
        assertForbidden(bearer.firstError(CREATE_COMPANY, Map.of("i", Map.of("name", "Token's " + System.nanoTime()))),
                "createCompany");
    }

    @Test
    void aTamperedOrMadeUpTokenIsRefusedWith401() {
        String username = "viewer-" + System.nanoTime();
        createUser(admin, username, "a-long-password", "VIEWER", newCompany());
        String token = GraphQl.as(username, "a-long-password").data(TOKEN, Map.of())
                .getJsonObject("createAccessToken").getString("accessToken");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"" + username + "\"", "\"sub\":\"admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(claims).contains("\"sub\":\"admin\"");
        assertThat(GraphQl.withToken(tampered).httpPost(ME, Map.of()).statusCode()).isEqualTo(401);
        assertThat(GraphQl.code(errorOf(GraphQl.withToken(tampered).httpPost(ME, Map.of()))))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(GraphQl.withToken("not.a.token").httpPost(ME, Map.of()).statusCode()).isEqualTo(401);
    }

    @Test
    void aChangedPasswordSignsInAndRevokesTheTokensIssuedBefore() throws Exception {
        String username = "changer-" + System.nanoTime();
        createUser(admin, username, "first-password", "VIEWER", companyId(DEMO_COMPANY));
        GraphQl withFirst = GraphQl.as(username, "first-password");
        String oldToken = withFirst.data(TOKEN, Map.of()).getJsonObject("createAccessToken").getString("accessToken");
        Thread.sleep(1_100);
        String change = "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

        JsonObject wrong = withFirst.firstError(change, Map.of("c", "not-the-password", "n", "second-password"));
        assertThat(GraphQl.code(wrong)).isEqualTo("WRONG_PASSWORD");
        assertThat(withFirst.data(change, Map.of("c", "first-password", "n", "second-password"))
                .getBoolean("changePassword")).isTrue();

        assertThat(GraphQl.as(username, "first-password").httpPost(ME, Map.of()).statusCode()).isEqualTo(401);
        assertThat(GraphQl.as(username, "second-password").data(ME, Map.of()).getJsonObject("me")
                .getString("username")).isEqualTo(username);
        HttpResponse<String> revoked = GraphQl.withToken(oldToken).httpPost(ME, Map.of());
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("TOKEN_REVOKED");
        String newToken = GraphQl.as(username, "second-password").data(TOKEN, Map.of())
                .getJsonObject("createAccessToken").getString("accessToken");
        assertThat(GraphQl.withToken(newToken).data(ME, Map.of()).getJsonObject("me").getString("username"))
                .isEqualTo(username);
    }

    @Test
    void anAdminResetsAPasswordAndRemovesAUserWhoseTokenThenStopsWorking() {
        String username = "leaver-" + System.nanoTime();
        createUser(admin, username, "first-password", "ANALYST", companyId(DEMO_COMPANY));
        String token = GraphQl.as(username, "first-password").data(TOKEN, Map.of())
                .getJsonObject("createAccessToken").getString("accessToken");
        String reset = "mutation($u: String!, $p: String!) { resetPassword(username: $u, newPassword: $p) { username } }";
        String delete = "mutation($u: String!) { deleteUser(username: $u) { username } }";

        assertForbidden(GraphQl.withToken(token).firstError(reset, Map.of("u", username, "p", "chosen-by-me")),
                "resetPassword");
        admin.data(reset, Map.of("u", username, "p", "reset-password"));
        assertThat(GraphQl.as(username, "reset-password").httpPost(ME, Map.of()).statusCode()).isEqualTo(200);
        admin.data(delete, Map.of("u", username));

        assertThat(GraphQl.as(username, "reset-password").httpPost(ME, Map.of()).statusCode()).isEqualTo(401);
        HttpResponse<String> afterRemoval = GraphQl.withToken(token).httpPost("{ runs(first: 1) { totalCount } }",
                Map.of());
        assertThat(afterRemoval.statusCode()).as("a signed token of no user: refused").isIn(401, 403);
        assertThat(GraphQl.code(errorOf(afterRemoval))).isIn("UNAUTHENTICATED", "FORBIDDEN", "TOKEN_REVOKED");
        assertThat(GraphQl.code(admin.firstError(delete, Map.of("u", GraphQl.ADMIN)))).isEqualTo("INVALID_INPUT");
        assertThat(GraphQl.code(admin.firstError(delete, Map.of("u", username)))).isEqualTo("NOT_FOUND");
    }

    /** The one error of a refused request's JSON answer. */
    private static JsonObject errorOf(HttpResponse<String> response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject().getJsonArray("errors").getJsonObject(0);
        }
    }

    private static void assertForbidden(JsonObject error, String operation) {
        assertThat(GraphQl.code(error)).isEqualTo("FORBIDDEN");
        assertThat(error.getString("message")).contains(operation).doesNotContain("dev.tanji", "jakarta", "Exception",
                "WFLY");
    }

    /** A user of the demo company, which has studies and runs, with this role, signed in by password. */
    private GraphQl newUser(String role) {
        String username = role.toLowerCase() + "-" + System.nanoTime();
        createUser(admin, username, "a-long-password", role, companyId(DEMO_COMPANY));
        return GraphQl.as(username, "a-long-password");
    }

    private static JsonObject createUser(GraphQl as, String username, String password, String role, String company) {
        Map<String, Object> variables = new HashMap<>(Map.of("u", username, "p", password, "r", role));
        if (company != null) {
            variables.put("c", company);
        }
        return as.post(CREATE_USER, variables);
    }

    private static JsonObject firstError(JsonObject response) {
        assertThat(response.containsKey("errors")).as("errors in %s", response).isTrue();
        return response.getJsonArray("errors").getJsonObject(0);
    }

    private String newCompany() {
        return admin.data(CREATE_COMPANY, Map.of("i", Map.of("name", "Auth test " + System.nanoTime())))
                .getJsonObject("createCompany").getString("id");
    }

    private String companyId(String name) {
        return admin.data("query($s: String) { companies(search: $s, first: 5) { nodes { id name } } }",
                        Map.of("s", name))
                .getJsonObject("companies").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no company " + name)).getString("id");
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI endpoint = URI.create(System.getProperty("tanji.graphql.url", "http://127.0.0.1:8180/graphql"));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(endpoint.resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
