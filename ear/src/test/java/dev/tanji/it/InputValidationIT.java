package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Input that breaks the constraints of the API's arguments is refused before any service runs: the error names the
 * operation and each refused field by its path, carries a stable code, and nothing is stored.
 */
class InputValidationIT {

    private static final String CREATE_COMPANY = "mutation($i: CompanyInput!) { createCompany(input: $i) { id } }";
    private static final String CREATE_STUDY = "mutation($i: StudyInput!) { createStudy(input: $i) { id } }";

    private final GraphQl graphQl = new GraphQl();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aBlankCompanyNameIsRefusedNamingTheField() {
        JsonObject error = graphQl.firstError(CREATE_COMPANY, Map.of("i", Map.of("name", "   ")));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message")).isEqualTo("createCompany input.name: must not be blank");
        assertThat(violations(error).getJsonObject(0).getString("field")).isEqualTo("input.name");
    }

    @Test
    void aTooLongCompanyNameIsRefusedAndNoCompanyIsCreated() {
        String name = "Refused " + suffix + " " + "x".repeat(10_000);

        JsonObject error = graphQl.firstError(CREATE_COMPANY, Map.of("i", Map.of("name", name)));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message"))
                .isEqualTo("createCompany input.name: is 10017 characters long; at most 200 are allowed");
        assertThat(graphQl.data("query($s: String) { companies(search: $s) { totalCount } }", Map.of("s", suffix))
                .getJsonObject("companies").getInt("totalCount")).isZero();
    }

    @Test
    void aCallerWhoseRoleMayNotCallTheMutationIsRefusedBeforeItsInputIsChecked() {
        for (String role : List.of("viewer", "analyst", "editor")) {
            JsonObject error = GraphQl.as(role, "tanji-" + role).firstError(CREATE_COMPANY,
                    Map.of("i", Map.of("name", "   ")));

            assertRefused(error, "FORBIDDEN");
            assertThat(error.getString("message")).as(role).startsWith("createCompany is not allowed for user '"
                    + role + "'");
        }
        JsonObject viewerFacility = GraphQl.as("viewer", "tanji-viewer").firstError("mutation($i: FacilityInput!)"
                + " { createFacility(input: $i) { id } }", Map.of("i", Map.of("companyId", "not an id", "name", "")));
        assertRefused(viewerFacility, "FORBIDDEN");
    }

    @Test
    void aCallerWhoseRoleMayNotReadIsRefusedBeforeTheQuerysArgumentsAreChecked() {
        GraphQl viewer = GraphQl.as("viewer", "tanji-viewer");

        assertRefused(viewer.firstError("{ factors(first: 100000) { totalCount } }", Map.of()), "FORBIDDEN");
        assertRefused(viewer.firstError("{ studies(after: \"not a cursor\") { totalCount } }", Map.of()),
                "FORBIDDEN");
        assertRefused(new GraphQl().firstError("{ factors(first: 100000) { totalCount } }", Map.of()),
                "INVALID_INPUT");
    }

    @Test
    void aRefusedInputIsReportedBeforeTheServiceLooksForTheCompany() {
        JsonObject error = graphQl.firstError("mutation($i: FacilityInput!) { createFacility(input: $i) { id } }",
                Map.of("i", Map.of("companyId", UUID.randomUUID().toString(), "name", "")));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message")).isEqualTo("createFacility input.name: must not be blank");
    }

    @Test
    void aNegativeLineAmountIsRefusedNamingTheLineAndNoStudyIsStored() {
        StudyFixture fixture = steelFixture();
        List<Map<String, Object>> lines = lines(fixture.prepare());
        lines.get(1).put("amount", "-20.2");

        JsonObject error = createStudy(fixture, Map.of());

        assertRefused(error, "NEGATIVE_AMOUNT");
        assertThat(error.getString("message"))
                .isEqualTo("createStudy input.lines[1].amount: must be at least 0, not -20.2");
        assertNoStudy(fixture);
    }

    @Test
    void aNegativeTransportMassIsNamedByItsPathInTheLine() {
        StudyFixture fixture = steelFixture();
        lines(fixture.prepare()).get(1).putAll(Map.of("amount", "1", "unit", "t*km",
                "transport", Map.of("mass", "-2", "massUnit", "t", "distance", "100", "distanceUnit", "km")));

        JsonObject error = createStudy(fixture, Map.of());

        assertRefused(error, "NEGATIVE_AMOUNT");
        assertThat(error.getString("message"))
                .isEqualTo("createStudy input.lines[1].transport.mass: must be at least 0, not -2");
        assertNoStudy(fixture);
    }

    @Test
    void aReferenceYearOutOfRangeIsRefusedAndNoStudyIsStored() {
        StudyFixture fixture = steelFixture();
        fixture.prepare();

        JsonObject error = createStudy(fixture, Map.of("referenceYear", 12345));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message"))
                .isEqualTo("createStudy input.referenceYear: must be at most 2100, not 12345");
        assertNoStudy(fixture);
    }

    @Test
    void moreThanTwentyUnitStatementsAreRefusedAndNoStudyIsStored() {
        StudyFixture fixture = steelFixture();
        fixture.prepare();

        JsonObject error = createStudy(fixture, Map.of("unitStatements",
                IntStream.rangeClosed(1, 21).mapToObj(i -> i + " t").toList()));

        assertRefused(error, "TOO_MANY_ITEMS");
        assertThat(error.getString("message"))
                .isEqualTo("createStudy input.unitStatements: has 21 items; at most 20 are allowed");
        assertNoStudy(fixture);
    }

    @Test
    void everyRefusedFieldIsListedWithItsOwnCode() {
        StudyFixture fixture = steelFixture();
        lines(fixture.prepare()).get(0).put("technologyRating", 9);

        JsonObject error = createStudy(fixture, Map.of("name", " "));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message")).isEqualTo("createStudy input.lines[0].technologyRating: must be at "
                + "most 5, not 9; input.name: must not be blank");
        JsonArray violations = violations(error);
        assertThat(violations).hasSize(2);
        assertThat(violations.getJsonObject(0).getString("field")).isEqualTo("input.lines[0].technologyRating");
        assertThat(violations.getJsonObject(0).getString("code")).isEqualTo("INVALID_RATING");
        assertThat(violations.getJsonObject(1).getString("field")).isEqualTo("input.name");
        assertThat(violations.getJsonObject(1).getString("code")).isEqualTo("INVALID_INPUT");
        assertNoStudy(fixture);
    }

    @Test
    void aNegativeUncertaintyIsRefusedAndNoFactorSetIsStored() {
        String name = "Uncertain " + suffix;
        Map<String, Object> factor = Map.of("name", "steel", "value", "2.05", "unit", "t CO2e / t",
                "uncertaintyPercent", "-5", "source", "test");

        JsonObject error = graphQl.firstError("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "version", "1", "factors", List.of(factor))));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message"))
                .isEqualTo("createFactorSet input.factors[0].uncertaintyPercent: must be at least 0, not -5");
        assertThat(graphQl.data("query($s: String) { factorSets(search: $s) { totalCount } }", Map.of("s", name))
                .getJsonObject("factorSets").getInt("totalCount")).isZero();
    }

    @Test
    void moreThanTenFactorSetsForACalculationAreRefusedBeforeTheStudyIsLookedUp() {
        List<String> sets = IntStream.range(0, 11).mapToObj(i -> UUID.randomUUID().toString()).toList();

        JsonObject error = graphQl.firstError("mutation($s: ID!, $f: [String]) { calculateFootprint(studyId: $s, "
                + "factorSetIds: $f) { id } }", Map.of("s", UUID.randomUUID().toString(), "f", sets));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message"))
                .isEqualTo("calculateFootprint factorSetIds: has 11 items; at most 10 are allowed");
    }

    @Test
    void aUserWithAShortPasswordIsRefusedAndCannotSignIn() {
        String username = "short." + suffix;

        JsonObject error = graphQl.firstError("mutation($u: String!, $p: String!) { createUser(username: $u, "
                + "password: $p, role: ADMIN) { username } }", Map.of("u", username, "p", "short"));

        assertRefused(error, "INVALID_INPUT");
        assertThat(error.getString("message"))
                .isEqualTo("createUser password: is 5 characters long; at least 8 are needed");
        assertThat(GraphQl.as(username, "short").httpPost("{ me { username } }", Map.of()).statusCode())
                .isEqualTo(401);
    }

    private StudyFixture steelFixture() {
        return new StudyFixture(graphQl)
                .factor("steel", "2.05", "t CO2e / t")
                .line("RAW_MATERIAL_ACQUISITION", "good line", "1", "kg", "steel")
                .line("RAW_MATERIAL_ACQUISITION", "second line", "2", "kg", "steel");
    }

    /** The study input's lines, as mutable maps. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> lines(Map<String, Object> studyInput) {
        return (List<Map<String, Object>>) studyInput.get("lines");
    }

    private JsonObject createStudy(StudyFixture fixture, Map<String, Object> changes) {
        Map<String, Object> input = new LinkedHashMap<>(fixture.studyInput());
        input.putAll(changes);
        return graphQl.firstError(CREATE_STUDY, Map.of("i", input));
    }

    private void assertNoStudy(StudyFixture fixture) {
        JsonObject studies = graphQl.data("query($c: ID) { studies(companyId: $c) { totalCount } }",
                Map.of("c", fixture.companyId)).getJsonObject("studies");
        assertThat(studies.getInt("totalCount")).as("studies stored after a refused mutation").isZero();
    }

    private static JsonArray violations(JsonObject error) {
        return error.getJsonObject("extensions").getJsonArray("violations");
    }

    private static void assertRefused(JsonObject error, String code) {
        assertThat(GraphQl.code(error)).as("code of %s", error).isEqualTo(code);
        assertThat(error.getString("message")).doesNotContain("Exception");
        assertThat(error.toString()).doesNotContain("dev.tanji", "java.", "jakarta.", "graphql.", "stackTrace");
    }
}
