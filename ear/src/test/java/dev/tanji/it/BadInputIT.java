package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a stable code and a message, leaks nothing of the server's insides, and stores nothing. */
class BadInputIT {

    private static final String CREATE_STUDY = "mutation($i: StudyInput!) { createStudy(input: $i) { id } }";

    private final GraphQl graphQl = new GraphQl();

    @Test
    void aNegativeAmountIsRefusedAndNothingIsStored() {
        assertRefused(lineWith("-20.2", "kg", "steel"), "NEGATIVE_AMOUNT");
    }

    @Test
    void anUnknownUnitIsRefusedAndNothingIsStored() {
        assertRefused(lineWith("20.2", "furlong", "steel"), "UNKNOWN_UNIT");
    }

    @Test
    void aMissingFactorIsRefusedAndNothingIsStored() {
        assertRefused(lineWith("20.2", "kg", "unobtainium"), "FACTOR_NOT_FOUND");
    }

    @Test
    void anAmountInAnotherDimensionThanItsFactorIsRefused() {
        assertRefused(lineWith("20.2", "kWh", "steel"), "UNIT_MISMATCH");
    }

    @Test
    void aSecondCompanyWithTheSameNameIsRefused() {
        String name = "Duplicate " + System.nanoTime();
        String mutation = "mutation($i: CompanyInput!) { createCompany(input: $i) { id } }";
        graphQl.data(mutation, Map.of("i", Map.of("name", name)));

        JsonObject error = graphQl.firstError(mutation, Map.of("i", Map.of("name", name)));

        assertThat(GraphQl.code(error)).isEqualTo("DUPLICATE_NAME");
    }

    @Test
    void aMalformedIdIsRefusedWithACode() {
        JsonObject error = graphQl.firstError("{ run(id: \"not-an-id\") { id } }", Map.of());

        assertThat(GraphQl.code(error)).isEqualTo("INVALID_ID");
    }

    private Map<String, Object> lineWith(String amount, String unit, String factor) {
        StudyFixture fixture = new StudyFixture(graphQl)
                .factor("steel", "2.05", "t CO2e / t")
                .line("RAW_MATERIAL_ACQUISITION", "good line", "1", "kg", "steel")
                .line("RAW_MATERIAL_ACQUISITION", "bad line", amount, unit, factor);
        Map<String, Object> input = fixture.prepare();
        input.put("companyIdForCheck", fixture.companyId);
        return input;
    }

    private void assertRefused(Map<String, Object> input, String code) {
        String companyId = (String) input.remove("companyIdForCheck");

        JsonObject error = graphQl.firstError(CREATE_STUDY, Map.of("i", input));

        assertThat(GraphQl.code(error)).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank().doesNotContain("Exception", "dev.tanji", "java.");
        assertThat(error.toString()).doesNotContain("dev.tanji", "java.lang", "stackTrace");
        JsonObject studies = graphQl.data("query($c: ID) { studies(companyId: $c) { totalCount nodes { id } } }",
                Map.of("c", companyId)).getJsonObject("studies");
        assertThat(studies.getInt("totalCount")).as("studies stored after a refused mutation").isZero();
        assertThat(studies.getJsonArray("nodes")).isEmpty();
    }
}
