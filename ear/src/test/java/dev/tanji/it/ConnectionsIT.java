package dev.tanji.it;

import static dev.tanji.it.support.RunAssertions.decimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Lists as connections: keyset paging with opaque cursors and a capped page size, the filters, the flat rows BI
 * tools read, and factor search. Each test works in companies of its own, so other tests' data never counts.
 */
class ConnectionsIT {

    private static final String RUNS = "query($f: RunFilter, $first: Int!, $after: String) {"
            + " runs(filter: $f, first: $first, after: $after) {"
            + " totalCount pageInfo { hasNextPage endCursor } nodes { id studyId referenceYear calculatedAt } } }";

    private final GraphQl graphQl = new GraphQl();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void pagingThroughRunsTwoAtATimeVisitsEveryRunOnceNewestFirst() {
        StudyFixture fixture = smallStudy(2022);
        String studyId = createStudy(fixture.prepare());
        for (int i = 0; i < 5; i++) {
            calculate(studyId);
        }
        Map<String, Object> filter = Map.of("companyId", fixture.companyId);

        List<JsonObject> visited = new ArrayList<>();
        String after = null;
        int pages = 0;
        JsonObject page;
        do {
            page = runs(filter, 2, after);
            assertThat(page.getInt("totalCount")).as("totalCount on page " + pages).isEqualTo(5);
            visited.addAll(page.getJsonArray("nodes").getValuesAs(JsonObject.class));
            after = page.getJsonObject("pageInfo").getString("endCursor", null);
            pages++;
        } while (page.getJsonObject("pageInfo").getBoolean("hasNextPage"));

        assertThat(pages).isEqualTo(3);
        List<String> ids = visited.stream().map(r -> r.getString("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyElementsOf(ids(runs(filter, 500, null)));
        List<Instant> times = visited.stream().map(r -> Instant.parse(r.getString("calculatedAt"))).toList();
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void aMalformedCursorOrOneOfAnotherListIsRefusedAsInvalidCursor() {
        String companiesCursor = graphQl.data("{ companies(first: 1) { pageInfo { endCursor } } }", Map.of())
                .getJsonObject("companies").getJsonObject("pageInfo").getString("endCursor");

        for (String cursor : List.of("not a cursor!", "bm9wZQ", companiesCursor)) {
            JsonObject error = graphQl.firstError(RUNS, Map.of("first", 2, "after", cursor));

            assertThat(GraphQl.code(error)).as(cursor).isEqualTo("INVALID_CURSOR");
            assertThat(error.getString("message")).contains("endCursor");
        }
    }

    @Test
    void firstOutsideOneToFiveHundredOrForRunsOneToOneThousandIsRefusedNamingTheArgument() {
        for (int first : new int[] {0, 1001}) {
            JsonObject error = graphQl.firstError(RUNS, Map.of("first", first));

            assertThat(GraphQl.code(error)).isEqualTo("INVALID_INPUT");
            assertThat(error.getString("message")).contains("first", "1000");
        }
        assertThat(graphQl.data(RUNS, Map.of("first", 1000)).getJsonObject("runs").getJsonArray("nodes")).isNotEmpty();
        assertThat(GraphQl.code(graphQl.firstError("{ factors(first: 501) { totalCount } }", Map.of())))
                .isEqualTo("INVALID_INPUT");
    }

    @Test
    void filtersByCompanyReferenceYearsStudyStageAndCalculatedAtNarrowTheRuns() {
        StudyFixture fixture = smallStudy(2021);
        String earlyStudy = createStudy(fixture.prepare());
        Map<String, Object> later = fixture.studyInput();
        later.put("name", "Later study " + suffix);
        later.put("referenceYear", 2023);
        String lateStudy = createStudy(later);
        String first = calculate(earlyStudy).getString("id");
        String second = calculate(lateStudy).getString("id");
        StudyFixture other = smallStudy(2021);
        String otherRun = calculate(createStudy(other.prepare())).getString("id");
        String company = fixture.companyId;
        Instant secondAt = Instant.parse(graphQl.data("query($id: ID!) { run(id: $id) { calculatedAt } }",
                Map.of("id", second)).getJsonObject("run").getString("calculatedAt"));

        assertThat(ids(runs(Map.of("companyId", company), 500, null))).containsExactly(second, first);
        assertThat(ids(runs(Map.of("companyId", company, "referenceYearFrom", 2022), 500, null)))
                .containsExactly(second);
        assertThat(ids(runs(Map.of("companyId", company, "referenceYearTo", 2022), 500, null)))
                .containsExactly(first);
        assertThat(ids(runs(Map.of("companyId", company, "referenceYearFrom", 2021, "referenceYearTo", 2023), 500,
                null))).containsExactly(second, first);
        assertThat(ids(runs(Map.of("studyId", earlyStudy), 500, null))).containsExactly(first);
        assertThat(ids(runs(Map.of("facilityId", fixture.facilityId, "productId", fixture.productId), 500, null)))
                .containsExactly(second, first);
        assertThat(ids(runs(Map.of("companyId", company, "gwpSet", "AR4"), 500, null))).isEmpty();
        assertThat(ids(runs(Map.of("companyId", company, "stage", "PRODUCTION"), 500, null)))
                .containsExactly(second, first);
        assertThat(ids(runs(Map.of("companyId", company, "stage", "END_OF_LIFE"), 500, null))).isEmpty();
        assertThat(ids(runs(Map.of("companyId", company, "calculatedFrom", secondAt.toString()), 500, null)))
                .containsExactly(second);
        assertThat(ids(runs(Map.of("companyId", company, "calculatedTo", secondAt.toString()), 500, null)))
                .containsExactly(first);
        assertThat(ids(runs(Map.of("companyId", other.companyId), 500, null))).containsExactly(otherRun);
        assertThat(ids(runs(Map.of("productId", other.productId), 500, null))).containsExactly(otherRun);
        assertThat(GraphQl.code(graphQl.firstError(RUNS, Map.of("first", 1,
                "f", Map.of("referenceYearFrom", 2023, "referenceYearTo", 2021))))).isEqualTo("INVALID_INPUT");
    }

    @Test
    void runRowsAreFlatAndCarryTheRunsFigures() {
        String runId = StudyFixture.valveActuator(graphQl, "16345").calculate("id").getString("id");
        JsonObject run = graphQl.data("query($id: ID!) { run(id: $id) { id studyId studyName companyName"
                + " facilityName productName functionalUnit referenceYear factorSetName gwpSet totalKgCo2e"
                + " fossilKgCo2e biogenicKgCo2e primaryDataSharePercent dataQualityRating calculatedAt"
                + " warnings { code } lines { lineNo kgCo2e } } }", Map.of("id", runId)).getJsonObject("run");

        List<JsonObject> rows = graphQl.data("query($f: RunFilter) { runRows(filter: $f) { totalCount nodes {"
                + " runId studyId studyName companyId companyName facilityId facilityName productId productName"
                + " functionalUnit referenceYear factorSetName factorSetVersion gwpSet totalKgCo2e fossilKgCo2e"
                + " biogenicKgCo2e primaryDataSharePercent dataQualityRating warningCount calculatedAt } } }",
                Map.of("f", Map.of("studyId", run.getString("studyId")))).getJsonObject("runRows")
                .getJsonArray("nodes").getValuesAs(JsonObject.class);

        assertThat(rows).hasSize(1);
        JsonObject row = rows.get(0);
        assertFlat(row);
        assertThat(row.getString("runId")).isEqualTo(runId);
        for (String column : List.of("studyName", "companyName", "facilityName", "productName", "functionalUnit",
                "factorSetName", "gwpSet", "calculatedAt")) {
            assertThat(row.getString(column)).as(column).isEqualTo(run.getString(column));
        }
        assertThat(row.getInt("referenceYear")).isEqualTo(2022);
        for (String column : List.of("totalKgCo2e", "fossilKgCo2e", "biogenicKgCo2e", "primaryDataSharePercent",
                "dataQualityRating")) {
            assertThat(decimal(row, column)).as(column).isEqualByComparingTo(decimal(run, column));
        }
        assertThat(row.getInt("warningCount")).isEqualTo(run.getJsonArray("warnings").size()).isPositive();
    }

    @Test
    void runLineRowsAreFlatPageByRunAndLineAndAddUpToTheRunsTotal() {
        String runId = StudyFixture.valveActuator(graphQl, "16345").calculate("id").getString("id");
        JsonObject run = graphQl.data("query($id: ID!) { run(id: $id) { studyId totalKgCo2e calculatedAt"
                + " lines { lineNo stage kgCo2e factorName } } }", Map.of("id", runId)).getJsonObject("run");
        Map<String, Object> filter = Map.of("studyId", run.getString("studyId"));

        List<JsonObject> rows = new ArrayList<>();
        String after = null;
        JsonObject page;
        do {
            page = lineRows(filter, 5, after);
            assertThat(page.getInt("totalCount")).isEqualTo(14);
            rows.addAll(page.getJsonArray("nodes").getValuesAs(JsonObject.class));
            after = page.getJsonObject("pageInfo").getString("endCursor", null);
        } while (page.getJsonObject("pageInfo").getBoolean("hasNextPage"));

        rows.forEach(ConnectionsIT::assertFlat);
        assertThat(rows).extracting(r -> r.getInt("lineNo"))
                .containsExactlyElementsOf(run.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .map(l -> l.getInt("lineNo")).toList());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.getString("runId")).isEqualTo(runId);
            assertThat(r.getString("calculatedAt")).isEqualTo(run.getString("calculatedAt"));
        });
        BigDecimal sum = rows.stream().map(r -> decimal(r, "kgCo2e")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isCloseTo(decimal(run, "totalKgCo2e"), within(new BigDecimal("1e-9")));
        Map<String, Object> production = new HashMap<>(filter);
        production.put("stage", "PRODUCTION");
        List<JsonObject> electricity = lineRows(production, 100, null).getJsonArray("nodes")
                .getValuesAs(JsonObject.class);
        assertThat(electricity).hasSize(1);
        assertThat(electricity.get(0).getString("stage")).isEqualTo("PRODUCTION");
        assertThat(electricity.get(0).getString("factorName")).isEqualTo("North China grid 2012");
        assertThat(electricity.get(0).getInt("factorYear")).isEqualTo(2012);
    }

    @Test
    void factorsAreFoundByTextCategoryRegionAndYear() {
        String setId = graphQl.data("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("name", "Search " + suffix, "version", "1", "factors", List.of(
                        gridFactor("North China", 2012, "0.8843"), gridFactor("North China", 2022, "0.5415"),
                        gridFactor("Central China", 2022, "0.5395"),
                        Map.of("name", "grey iron casting " + suffix, "category", "material", "value", "2.05",
                                "unit", "t CO2e / t", "source", "test fixture")))))
                .getJsonObject("createFactorSet").getString("id");

        assertThat(factorNames(setId, Map.of("search", "GRID ELECTRICITY"))).hasSize(3);
        assertThat(factorNames(setId, Map.of("region", "North China"))).hasSize(2);
        assertThat(factorNames(setId, Map.of("region", "华北"))).as("a region's Chinese name").hasSize(2);
        assertThat(factorNames(setId, Map.of("region", "CN-GRID-NORTH"))).as("a region's code").hasSize(2);
        assertThat(factorNames(setId, Map.of("year", 2022))).hasSize(2);
        assertThat(factorNames(setId, Map.of("region", "north china", "year", 2022))).hasSize(1);
        assertThat(factorNames(setId, Map.of("category", "Material"))).containsExactly("grey iron casting " + suffix);
        assertThat(factorNames(null, Map.of("search", "iron casting " + suffix)))
                .as("across every set").containsExactly("grey iron casting " + suffix);
    }

    private List<String> factorNames(String setId, Map<String, Object> arguments) {
        Map<String, Object> variables = new LinkedHashMap<>(arguments);
        if (setId != null) {
            variables.put("s", setId);
        }
        return graphQl.data("query($s: ID, $search: String, $category: String, $region: String, $year: Int) {"
                        + " factors(factorSetId: $s, search: $search, category: $category, region: $region,"
                        + " year: $year) { totalCount nodes { name region referenceYear } } }", variables)
                .getJsonObject("factors").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("name")).toList();
    }

    private JsonObject runs(Map<String, Object> filter, int first, String after) {
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("f", filter, "first", first));
        if (after != null) {
            variables.put("after", after);
        }
        return graphQl.data(RUNS, variables).getJsonObject("runs");
    }

    private JsonObject lineRows(Map<String, Object> filter, int first, String after) {
        Map<String, Object> variables = new LinkedHashMap<>(Map.of("f", filter, "first", first));
        if (after != null) {
            variables.put("after", after);
        }
        return graphQl.data("query($f: RunFilter, $first: Int!, $after: String) {"
                + " runLineRows(filter: $f, first: $first, after: $after) {"
                + " totalCount pageInfo { hasNextPage endCursor } nodes { runId lineNo stage item amount unit"
                + " factorName factorSetName factorRegion factorYear selectionRule kgCo2e sharePercent"
                + " temporalRating geographicRating companyName facilityName productName referenceYear"
                + " calculatedAt } } }", variables).getJsonObject("runLineRows");
    }

    private static List<String> ids(JsonObject connection) {
        return connection.getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("id")).toList();
    }

    /** Every value a scalar: what a BI tool reading one array of rows needs. */
    private static void assertFlat(JsonObject row) {
        assertThat(row.values()).allSatisfy(value -> assertThat(value.getValueType())
                .isNotIn(JsonValue.ValueType.OBJECT, JsonValue.ValueType.ARRAY));
    }

    private StudyFixture smallStudy(int referenceYear) {
        return new StudyFixture(graphQl).facilityIn("North China").referenceYear(referenceYear)
                .factor("steel", "2.05", "t CO2e / t")
                .factor("grid", "0.5", "kg CO2 / kWh")
                .line("RAW_MATERIAL_ACQUISITION", "steel", "10", "kg", "steel")
                .line("PRODUCTION", "electricity", "100", "kWh", "grid");
    }

    private String createStudy(Map<String, Object> input) {
        return graphQl.data("mutation($i: StudyInput!) { createStudy(input: $i) { id } }", Map.of("i", input))
                .getJsonObject("createStudy").getString("id");
    }

    private JsonObject calculate(String studyId) {
        return graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { id calculatedAt } }",
                Map.of("s", studyId)).getJsonObject("calculateFootprint");
    }

    private static Map<String, Object> gridFactor(String region, int year, String value) {
        return Map.of("name", "grid electricity", "region", region, "referenceYear", year, "value", value,
                "unit", "kg CO2 / kWh", "source", "test fixture");
    }
}
