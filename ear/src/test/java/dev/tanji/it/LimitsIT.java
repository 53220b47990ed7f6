package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Queries and requests over the server's limits, and queries that are not valid, are refused before anything runs,
 * with a stable code and a message that names the problem. The queries use only introspection, which every GraphQL
 * schema has, so that they hold whatever the API looks like.
 */
class LimitsIT {

    private final GraphQl graphQl = new GraphQl();

    @Test
    void aQueryNestedDeeperThanTheLimitIsRefusedAsTooDeep() {
        String query = "{ __schema { types { fields { type " + "{ ofType ".repeat(12) + "{ name }" + " }".repeat(12)
                + " } } } }";

        JsonObject error = graphQl.firstError(query, Map.of());

        assertRefused(error, "QUERY_TOO_DEEP");
        assertThat(error.getString("message")).contains("levels deep", "at most 15");
    }

    @Test
    void aQueryAboveTheComplexityLimitIsRefusedAsTooComplex() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 70; i++) {
            query.append(" s").append(i).append(": __schema { queryType { name } }");
        }

        JsonObject error = graphQl.firstError(query.append(" }").toString(), Map.of());

        assertRefused(error, "QUERY_TOO_COMPLEX");
        assertThat(error.getString("message")).contains("complexity is 210", "at most 200");
    }

    @Test
    void aQueryWithMoreTokensThanTheParserTakesIsRefusedAsTooLarge() {
        String query = "{" + " __typename".repeat(10_001) + " }";

        JsonObject error = graphQl.firstError(query, Map.of());

        assertRefused(error, "QUERY_TOO_LARGE");
        assertThat(error.getString("message")).contains("10,000", "tokens");
    }

    @Test
    void aRequestBodyOverTheSizeLimitIsRefusedWith413BeforeItIsRead() {
        String document = "x".repeat(9 * 1024 * 1024);
        byte[] body = Json.createObjectBuilder()
                .add("query", "mutation($d: String!) { importStudy(document: $d) { id } }")
                .add("variables", Json.createObjectBuilder().add("d", document))
                .build().toString().getBytes(StandardCharsets.UTF_8);

        GraphQl.Answer answer = graphQl.postBody(body);

        assertThat(answer.status()).isEqualTo(413);
        JsonObject error = answer.body().getJsonArray("errors").getJsonObject(0);
        assertRefused(error, "REQUEST_TOO_LARGE");
        assertThat(error.getString("message")).contains("larger than 8,388,608 bytes");
    }

    @Test
    void anUnknownFieldIsAValidationErrorNamingTheField() {
        JsonObject error = graphQl.firstError("{ noSuchField }", Map.of());

        assertRefused(error, "GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("'noSuchField'", "undefined");
    }

    @Test
    void anArgumentOfTheWrongTypeIsAValidationErrorNamingTheArgumentAndTheValue() {
        JsonObject error = graphQl.firstError("{ __type(name: 42) { name } }", Map.of());

        assertRefused(error, "GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("argument 'name'", "'42'", "String").doesNotContain("IntValue");
    }

    @Test
    void aMissingRequiredArgumentIsAValidationErrorNamingTheArgument() {
        JsonObject error = graphQl.firstError("{ __type { name } }", Map.of());

        assertRefused(error, "GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("Missing field argument 'name'");
    }

    @Test
    void aQueryThatIsNotGraphqlIsRefusedWithWhereItBreaks() {
        JsonObject error = graphQl.firstError("{ __typename", Map.of());

        assertRefused(error, "GRAPHQL_PARSE_FAILED");
        assertThat(error.getString("message")).contains("Invalid syntax", "line 1 column 13");
    }

    @Test
    void aBodyThatIsNotJsonIsABadRequest() {
        GraphQl.Answer answer = graphQl.postBody("query { __typename }".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = answer.body().getJsonArray("errors").getJsonObject(0);
        assertRefused(error, "BAD_REQUEST");
        assertThat(error.getString("message")).contains("not valid JSON", "\"query\"");
    }

    private static void assertRefused(JsonObject error, String code) {
        assertThat(GraphQl.code(error)).as("code of %s", error).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank().doesNotContain("Exception", "dev.tanji", "java.");
        assertThat(error.toString()).doesNotContain("dev.tanji", "java.lang", "stackTrace", "graphql.");
    }
}
