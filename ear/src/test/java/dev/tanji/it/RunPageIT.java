package dev.tanji.it;

import static dev.tanji.it.support.RunAssertions.decimal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A page of runs reads each part (stages, lines and their gases, gas totals, excluded lines, warnings) for all its
 * runs at once. Each run still gets its own parts: the same as when it is read alone, and as the calculation gave.
 */
class RunPageIT {

    private static final String PARTS = "id studyId totalKgCo2e stages { stage kgCo2e sharePercent }"
            + " lines { lineNo item kgCo2e gases { gas kgGas gwp kgCo2e } } gases { gas kgGas kgCo2e }"
            + " excludedLines { item } warnings { code lineNo }";

    private final GraphQl graphQl = new GraphQl();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aPageMixingRunsOfThreeStudiesGivesEachRunItsOwnParts() {
        StudyFixture fixture = new StudyFixture(graphQl).facilityIn("North China")
                .factor("steel", "2.05", "t CO2e / t")
                .factor("grid", "0.5", "kg CO2 / kWh")
                .line("RAW_MATERIAL_ACQUISITION", "steel", "10", "kg", "steel")
                .line("PRODUCTION", "electricity", "100", "kWh", "grid");
        String steelAndPower = createStudy(fixture.prepare());
        String powerOnly = createStudy(otherStudy(fixture, "Power", "PRODUCTION", "electricity", "300", "kWh",
                "grid"));
        String steelOnly = createStudy(otherStudy(fixture, "Steel", "RAW_MATERIAL_ACQUISITION", "steel", "40", "kg",
                "steel"));
        List<JsonObject> calculated = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (String study : List.of(steelAndPower, powerOnly, steelOnly)) {
                calculated.add(0, graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { " + PARTS
                        + " } }", Map.of("s", study)).getJsonObject("calculateFootprint"));
            }
        }

        List<JsonObject> page = graphQl.data("query($f: RunFilter) { runs(filter: $f, first: 1000) { nodes { "
                + PARTS + " } } }", Map.of("f", Map.of("companyId", fixture.companyId))).getJsonObject("runs")
                .getJsonArray("nodes").getValuesAs(JsonObject.class);

        // The mutation hands back the total as calculated; the store keeps 12 decimals of it.
        assertThat(page).extracting(RunPageIT::withoutTotal)
                .containsExactlyElementsOf(calculated.stream().map(RunPageIT::withoutTotal).toList());
        for (int i = 0; i < page.size(); i++) {
            assertThat(decimal(page.get(i), "totalKgCo2e")).isEqualByComparingTo(decimal(calculated.get(i),
                    "totalKgCo2e"));
        }
        for (JsonObject run : page) {
            assertThat(run).isEqualTo(graphQl.data("query($id: ID!) { run(id: $id) { " + PARTS + " } }",
                    Map.of("id", run.getString("id"))).getJsonObject("run"));
            String study = run.getString("studyId");
            if (study.equals(steelAndPower)) {
                assertStages(run, "RAW_MATERIAL_ACQUISITION", "20.5", "PRODUCTION", "50");
            } else if (study.equals(powerOnly)) {
                assertStages(run, "PRODUCTION", "150");
            } else {
                assertStages(run, "RAW_MATERIAL_ACQUISITION", "82");
            }
            assertThat(run.getJsonArray("lines")).allSatisfy(line -> assertThat(line.asJsonObject()
                    .getJsonArray("gases")).isNotEmpty());
        }
    }

    /** The stages and their kg CO2e, in life cycle order: {@code stage, kg, stage, kg, ...}. */
    private static void assertStages(JsonObject run, String... stagesAndKg) {
        List<JsonObject> stages = run.getJsonArray("stages").getValuesAs(JsonObject.class);
        assertThat(stages).hasSize(stagesAndKg.length / 2);
        for (int i = 0; i < stages.size(); i++) {
            assertThat(stages.get(i).getString("stage")).isEqualTo(stagesAndKg[2 * i]);
            assertThat(decimal(stages.get(i), "kgCo2e")).isEqualByComparingTo(new BigDecimal(stagesAndKg[2 * i + 1]));
        }
    }

    private static JsonObject withoutTotal(JsonObject run) {
        return Json.createObjectBuilder(run).remove("totalKgCo2e").build();
    }

    private Map<String, Object> otherStudy(StudyFixture fixture, String name, String stage, String item,
            String amount, String unit, String factor) {
        Map<String, Object> input = fixture.studyInput();
        input.put("name", name + " " + suffix);
        input.put("lines", List.of(Map.of("stage", stage, "item", item, "amount", amount, "unit", unit,
                "factor", factor)));
        return input;
    }

    private String createStudy(Map<String, Object> input) {
        return graphQl.data("mutation($i: StudyInput!) { createStudy(input: $i) { id } }", Map.of("i", input))
                .getJsonObject("createStudy").getString("id");
    }
}
