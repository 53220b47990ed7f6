package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The four analytic questions, asked over GraphQL and answered by DuckDB from the exported warehouse: facilities of a
 * product, the annual trend split into its causes, factor sets side by side, and the anonymised benchmark of a
 * category; each answers for the caller's company only.
 */
class WarehouseQueriesIT {

    private static final GraphQl ADMIN = new GraphQl();
    private static final String PASSWORD = "warehouse-password";
    private static final String CATEGORY = "gear pumps " + UUID.randomUUID();
    private static final String RUN = "mutation($s: ID!, $f: [String]) { calculateFootprint(studyId: $s, factorSetIds: $f) { id } }";

    /** Five companies making a gear pump of the category, 10, 20, 30, 40 and 50 kg CO2e at their first plant. */
    private static final List<StudyFixture> makers = new ArrayList<>();
    private static String otherFacilityId;
    private static String secondSetId;
    private static String study2021Id;
    private static GraphQl analystOfFirst;
    private static GraphQl analystOfSecond;

    @BeforeAll
    static void fiveCompaniesOfOneCategoryExported() {
        for (int steel = 5; steel <= 25; steel += 5) {
            StudyFixture maker = new StudyFixture(ADMIN).category(CATEGORY).facilityIn("North China")
                    .factor("steel", "2", "kg CO2e / kg")
                    .line("RAW_MATERIAL_ACQUISITION", "steel", Integer.toString(steel), "kg", "steel");
            maker.calculate("id");
            makers.add(maker);
        }
        StudyFixture first = makers.get(0);
        // The first company also makes the pump at a second plant, 14 kg of steel there, and made it in 2021 with 8.
        otherFacilityId = ADMIN.data("mutation($i: FacilityInput!) { createFacility(input: $i) { id } }",
                Map.of("i", Map.of("companyId", first.companyId, "name", "Second plant " + UUID.randomUUID())))
                .getJsonObject("createFacility").getString("id");
        calculate(study(first, otherFacilityId, 2022, "14", first.factorSetId), null);
        study2021Id = study(first, first.facilityId, 2021, "8", first.factorSetId);
        calculate(study2021Id, null);
        // A second factor set of the first company, with steel at 2.5, to recalculate its 2021 study under.
        secondSetId = ADMIN.data("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("companyId", first.companyId, "name", "Steel update " + UUID.randomUUID(),
                        "version", "2", "factors", List.of(Map.of("name", "steel", "value", "2.5",
                                "unit", "kg CO2e / kg", "source", "test fixture")))))
                .getJsonObject("createFactorSet").getString("id");
        calculate(study2021Id, List.of(secondSetId));
        ADMIN.data("mutation { exportWarehouse { runsWritten } }", Map.of());
        analystOfFirst = analyst(first.companyId);
        analystOfSecond = analyst(makers.get(1).companyId);
    }

    @Test
    void facilitiesOfAProductAreRankedByTheirLatestRun() {
        List<JsonObject> rows = analystOfFirst.data("query($p: ID) { facilityFootprints(productId: $p, referenceYear: 2022)"
                        + " { facilityId kgCo2ePerFunctionalUnit rank differenceFromLowestPercent } }",
                Map.of("p", makers.get(0).productId)).getJsonArray("facilityFootprints").getValuesAs(JsonObject.class);

        assertThat(rows).extracting(row -> row.getString("facilityId"))
                .containsExactly(makers.get(0).facilityId, otherFacilityId);
        assertThat(rows).extracting(row -> decimal(row, "kgCo2ePerFunctionalUnit"))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10"), new BigDecimal("28"));
        assertThat(rows.get(1).getInt("rank")).isEqualTo(2);
        assertThat(decimal(rows.get(1), "differenceFromLowestPercent")).isEqualByComparingTo("180");
    }

    @Test
    void aCategorysFacilitiesAreTheCallersOwnOnly() {
        String query = "query($c: String) { facilityFootprints(category: $c, referenceYear: 2022) { companyId } }";

        assertThat(analystOfSecond.data(query, Map.of("c", CATEGORY)).getJsonArray("facilityFootprints"))
                .extracting(row -> row.asJsonObject().getString("companyId")).containsExactly(makers.get(1).companyId);
        assertThat(ADMIN.data(query, Map.of("c", CATEGORY)).getJsonArray("facilityFootprints")).hasSize(6);
    }

    @Test
    void theExportBroughtAnnualChangesUpToDateInsideTheServer() throws IOException {
        Path annualChanges = Path.of(System.getProperty("tanji.it.data.dir"), "warehouse", "annual_changes");

        assertThat(annualChanges.resolve("_pending.csv")).doesNotExist();
        try (Stream<Path> files = Files.list(annualChanges)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("part-") && name.endsWith(".parquet"));
        }
    }

    @Test
    void theAnnualTrendSplitsTheChangeIntoActivityFactorAndGwpEffects() {
        List<JsonObject> changes = analystOfFirst.data("query($p: ID) { annualTrend(productId: $p) { facilityId"
                        + " referenceYear previousYear previousTotalKgCo2e totalKgCo2e changeKgCo2e activityEffectKgCo2e"
                        + " factorEffectKgCo2e gwpEffectKgCo2e } }", Map.of("p", makers.get(0).productId))
                .getJsonArray("annualTrend").getValuesAs(JsonObject.class);

        // 2021's latest run is the one under the updated set: 8 kg at 2.5 = 20; 2022: 5 kg at 2 = 10.
        assertThat(changes).hasSize(1);
        JsonObject change = changes.get(0);
        assertThat(change.getInt("previousYear")).isEqualTo(2021);
        assertThat(decimal(change, "previousTotalKgCo2e")).isEqualByComparingTo("20");
        assertThat(decimal(change, "changeKgCo2e")).isEqualByComparingTo("-10");
        assertThat(decimal(change, "activityEffectKgCo2e")).isEqualByComparingTo("-7.5");
        assertThat(decimal(change, "factorEffectKgCo2e")).isEqualByComparingTo("-2.5");
        assertThat(decimal(change, "gwpEffectKgCo2e")).isEqualByComparingTo("0");
        assertThat(analystOfSecond.data("query($p: ID) { annualTrend(productId: $p) { runId } }",
                Map.of("p", makers.get(1).productId)).getJsonArray("annualTrend")).isEmpty();
        assertThat(GraphQl.code(analystOfSecond.firstError("query($p: ID) { annualTrend(productId: $p) { runId } }",
                Map.of("p", makers.get(0).productId)))).isEqualTo("NOT_FOUND");
    }

    @Test
    void theSameStudyUnderTwoFactorSetsSideBySide() {
        JsonObject comparison = analystOfFirst.data("query($a: ID!, $b: ID!) { factorSetComparison(factorSetIdA: $a,"
                        + " factorSetIdB: $b) { studies { studyId totalKgCo2eA totalKgCo2eB deltaKgCo2e deltaPercent }"
                        + " lines { lineNo item deltaKgCo2e } } }",
                Map.of("a", makers.get(0).factorSetId, "b", secondSetId)).getJsonObject("factorSetComparison");

        JsonObject study = comparison.getJsonArray("studies").getJsonObject(0);
        assertThat(comparison.getJsonArray("studies")).hasSize(1);
        assertThat(study.getString("studyId")).isEqualTo(study2021Id);
        assertThat(decimal(study, "totalKgCo2eA")).isEqualByComparingTo("16");
        assertThat(decimal(study, "totalKgCo2eB")).isEqualByComparingTo("20");
        assertThat(decimal(study, "deltaPercent")).isEqualByComparingTo("25");
        assertThat(decimal(comparison.getJsonArray("lines").getJsonObject(0), "deltaKgCo2e")).isEqualByComparingTo("4");
        assertThat(analystOfSecond.data("query($a: ID!, $b: ID!) { factorSetComparison(factorSetIdA: $a,"
                        + " factorSetIdB: $b) { studies { studyId } } }",
                Map.of("a", makers.get(0).factorSetId, "b", secondSetId)).getJsonObject("factorSetComparison")
                .getJsonArray("studies")).isEmpty();
    }

    @Test
    void aProductIsBenchmarkedAgainstFiveCompaniesWithoutNamingAny() {
        String benchmark = "query($p: ID!) { categoryBenchmark(productId: $p, referenceYear: 2022) { companyCount"
                + " productCount productKgCo2e percentRank quartile1KgCo2e medianKgCo2e quartile3KgCo2e } }";

        JsonObject answer = analystOfSecond.post(benchmark, Map.of("p", makers.get(1).productId));
        JsonObject figures = answer.getJsonObject("data").getJsonObject("categoryBenchmark");

        // Each product by its latest run of the year: the first company's is its second plant's, 28.
        // The group is 20 (this product), 28, 30, 40, 50.
        assertThat(figures.getInt("companyCount")).isEqualTo(5);
        assertThat(figures.getInt("productCount")).isEqualTo(5);
        assertThat(decimal(figures, "productKgCo2e")).isEqualByComparingTo("20");
        assertThat(decimal(figures, "percentRank")).isEqualByComparingTo("0");
        assertThat(decimal(figures, "quartile1KgCo2e")).isEqualByComparingTo("28");
        assertThat(decimal(figures, "medianKgCo2e")).isEqualByComparingTo("30");
        assertThat(decimal(figures, "quartile3KgCo2e")).isEqualByComparingTo("40");
        for (StudyFixture maker : makers) {
            assertThat(answer.toString()).doesNotContain(maker.companyId, maker.productId, maker.facilityId);
        }
        assertThat(GraphQl.code(analystOfSecond.firstError(benchmark, Map.of("p", makers.get(0).productId))))
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void aGroupOfFewerThanFiveCompaniesIsRefused() {
        String category = "rare valves " + UUID.randomUUID();
        String productId = null;
        for (int i = 0; i < 4; i++) {
            StudyFixture maker = new StudyFixture(ADMIN).category(category).facilityIn("North China")
                    .factor("steel", "2", "kg CO2e / kg").line("RAW_MATERIAL_ACQUISITION", "steel", "3", "kg", "steel");
            maker.calculate("id");
            productId = maker.productId;
        }
        ADMIN.data("mutation { exportWarehouse { runsWritten } }", Map.of());

        JsonObject error = ADMIN.firstError("query($p: ID!) { categoryBenchmark(productId: $p, referenceYear: 2022)"
                + " { medianKgCo2e } }", Map.of("p", productId));

        assertThat(GraphQl.code(error)).isEqualTo("BENCHMARK_GROUP_TOO_SMALL");
        assertThat(error.getString("message")).doesNotContainPattern("\\b4\\b");
    }

    /** A study of {@code maker}'s product at a facility and year, with {@code steel} kg of steel. */
    private static String study(StudyFixture maker, String facilityId, int year, String steel, String factorSetId) {
        return ADMIN.data("mutation($i: StudyInput!) { createStudy(input: $i) { id } }", Map.of("i", Map.of(
                "productId", maker.productId, "facilityId", facilityId, "factorSetId", factorSetId,
                "name", "Pump " + year + " " + UUID.randomUUID(), "referenceYear", year, "gwpSet", "AR6",
                "lines", List.of(Map.of("stage", "RAW_MATERIAL_ACQUISITION", "item", "steel", "amount", steel,
                        "unit", "kg", "factor", "steel"))))).getJsonObject("createStudy").getString("id");
    }

    private static void calculate(String studyId, List<String> factorSetIds) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("s", studyId));
        if (factorSetIds != null) {
            variables.put("f", factorSetIds);
        }
        ADMIN.data(RUN, variables);
    }

    private static GraphQl analyst(String companyId) {
        String username = "analyst-" + UUID.randomUUID().toString().substring(0, 8);
        ADMIN.data("mutation($u: String!, $p: String!, $c: ID) { createUser(username: $u, password: $p,"
                + " role: ANALYST, companyId: $c) { username } }", Map.of("u", username, "p", PASSWORD, "c", companyId));
        return GraphQl.as(username, PASSWORD);
    }

    private static BigDecimal decimal(JsonObject row, String field) {
        return row.getJsonNumber(field).bigDecimalValue();
    }
}
