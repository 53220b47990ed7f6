package dev.tanji.web.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ErrorCodesTest {

    @Test
    void aResolversOwnCodeIsKept() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"Amount -1 is negative","extensions":{"code":"NEGATIVE_AMOUNT"}}],
                 "data":{"createStudy":null}}"""), "mutation { createStudy { id } }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("NEGATIVE_AMOUNT");
        assertThat(error.getString("message")).isEqualTo("Amount -1 is negative");
    }

    @Test
    void aValidationErrorIsCodedAndKeepsItsMessage() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"Validation error (FieldUndefined@[runs/foo]) : Field 'foo' in type 'Run' is undefined",
                 "extensions":{"classification":"ValidationError"}}]}"""), "{ runs { foo } }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(error.getString("message")).contains("Field 'foo' in type 'Run' is undefined");
    }

    @Test
    void aValueIsQuotedAsWrittenNotAsASyntaxTreeNode() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"argument 'first' with value 'StringValue{value='x'}' is not a valid 'Int'",
                 "extensions":{"classification":"ValidationError"}}]}"""), "{ runs(first: \"x\") { id } }"));

        assertThat(error.getString("message")).isEqualTo("argument 'first' with value 'x' is not a valid 'Int'");
    }

    @Test
    void graphqlJavasAndSmallRyesTypeDetailsAreLeftOut() {
        assertThat(ErrorCodes.readable("Validation error (WrongType@[__type]) : argument 'name' with value 'IntValue{value=42}'"
                + " is not a valid 'String' - Expected an AST type of 'StringValue' but it was a 'IntValue'"))
                .isEqualTo("Validation error (WrongType@[__type]) : argument 'name' with value '42' is not a valid 'String'");
        assertThat(ErrorCodes.readable("argument 'first' with value 'StringValue{value='x'}' is not a valid 'Int'"
                + " - SRGQL000022: Can not parse a number from [StringValue{value='x'}]"))
                .isEqualTo("argument 'first' with value 'x' is not a valid 'Int'");
    }

    @Test
    void anInputObjectOrListIsNotPrintedAsASyntaxTree() {
        assertThat(ErrorCodes.readable("argument 'input' with value 'ObjectValue{objectFields=[ObjectField{name='name',"
                + " value=StringValue{value='x'}}, ObjectField{name='foo', value=IntValue{value=1}}]}' contains a field not in"
                + " 'CompanyInput': 'foo'"))
                .isEqualTo("argument 'input' contains a field not in 'CompanyInput': 'foo'");
        assertThat(ErrorCodes.readable("argument 'id' with value 'ArrayValue{values=[IntValue{value=1}]}' is not a valid 'ID'"))
                .isEqualTo("argument 'id' is not a valid 'ID'");
    }

    @Test
    void theDepthLimitIsNamedWithTheQuerysDepth() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"maximum query depth exceeded 16 > 15","extensions":{"classification":"ExecutionAborted"}}]}"""),
                "{ a }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(error.getString("message")).startsWith("The query nests fields 16 levels deep; at most 15 are allowed");
    }

    @Test
    void theComplexityLimitIsNamedWithTheQuerysComplexity() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"maximum query complexity exceeded 250 > 200","extensions":{"classification":"ExecutionAborted"}}]}"""),
                "{ a }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.getString("message")).startsWith("The query's complexity is 250").contains("at most 200");
    }

    @Test
    void anUnparseableQueryIsExplainedByGraphqlJava() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"Unparseable input document","locations":[],"extensions":{"classification":"DataFetchingException"}}]}"""),
                "{ runs { id }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(error.getString("message")).contains("Invalid syntax").contains("line 1 column 14");
        assertThat(error.getJsonArray("locations").getJsonObject(0).getInt("column")).isEqualTo(14);
    }

    @Test
    void aResolverFailureWithoutACodeIsAnInternalError() {
        JsonObject error = firstError(ErrorCodes.addTo(json("""
                {"errors":[{"message":"System error","path":["runs"],"extensions":{"classification":"DataFetchingException"}}],
                 "data":{"runs":null}}"""), "{ runs { id } }"));

        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void aResponseWithoutErrorsIsLeftAlone() {
        JsonObject response = json("{\"data\":{\"runs\":[]}}");

        assertThat(ErrorCodes.addTo(response, "{ runs { id } }")).isEqualTo(response);
    }

    private static JsonObject firstError(JsonObject response) {
        return response.getJsonArray("errors").getJsonObject(0);
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
