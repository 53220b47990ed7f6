package dev.tanji.it;

import static dev.tanji.it.support.RunAssertions.KG;
import static dev.tanji.it.support.RunAssertions.POINTS;
import static dev.tanji.it.support.RunAssertions.assertItem;
import static dev.tanji.it.support.RunAssertions.byKey;
import static dev.tanji.it.support.RunAssertions.codes;
import static dev.tanji.it.support.RunAssertions.decimal;
import static dev.tanji.it.support.RunAssertions.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Both seed studies imported as documents that cite the shipped reference sets by name and version, with no factor
 * of their own: the published figures come back through GraphQL, each factor traced to its set, region, year and
 * the rule that picked it, and each case's defects flagged.
 */
class ShippedSeedCasesIT {

    private static final String RUN = "id totalKgCo2e gwpSet fossilKgCo2e biogenicKgCo2e unspecifiedKgCo2e "
            + "primaryDataSharePercent dataQualityRating excludedMassSharePercent excludedKgCo2e "
            + "excludedLines { item massSharePercent estimatedKgCo2e } stages { stage kgCo2e sharePercent } "
            + "gases { gas kgGas kgCo2e } warnings { code lineNo message } "
            + "lines { lineNo item kgCo2e sharePercent factorName factorSetName factorSetVersion factorRegion "
            + "factorYear selectionRule allocationBasis allocationFraction allocationFigures temporalRating "
            + "geographicRating qualityRating qualityFlags gases { gas kgGas gwp kgCo2e } }";

    private final GraphQl graphQl = new GraphQl();

    @Test
    void caseAFromTheShippedSetReproducesThePublishedStagesAndSaysWhichRulePickedEachFactor() throws IOException {
        JsonObject run = calculate(importDocument("/demo/seed-a-valve-actuator.json", "天津百利二通机械有限公司"));

        assertThat(decimal(run, "totalKgCo2e")).isCloseTo(new BigDecimal("401.95"), within(KG));
        Map<String, JsonObject> stages = byKey(run, "stages", "stage");
        assertThat(decimal(stages.get("RAW_MATERIAL_ACQUISITION"), "kgCo2e")).isCloseTo(new BigDecimal("386"),
                within(new BigDecimal("0.5")));
        assertThat(decimal(stages.get("RAW_MATERIAL_ACQUISITION"), "sharePercent"))
                .isCloseTo(new BigDecimal("96.03"), within(POINTS));
        assertThat(decimal(stages.get("PRODUCTION"), "sharePercent")).isCloseTo(new BigDecimal("3.04"), within(POINTS));
        JsonObject electricity = line(run, "electricity, whole actuator line, 2022");
        assertThat(decimal(electricity, "kgCo2e")).isCloseTo(new BigDecimal("12.2"), within(KG));
        assertThat(electricity.getString("factorSetName")).isEqualTo("Case A valve actuator CFP report factors");
        assertThat(electricity.getString("factorRegion")).isEqualTo("CN-GRID-NORTH");
        assertThat(electricity.getInt("factorYear")).isEqualTo(2012);
        assertThat(electricity.getString("selectionRule")).isEqualTo("WIDER_REGION_NEAREST_EARLIER_YEAR");
        assertThat(electricity.getString("allocationBasis")).isEqualTo("UNIT_COUNT");
        assertThat(electricity.getString("allocationFigures")).isEqualTo("1 piece of 16345 piece");
        assertThat(electricity.getInt("temporalRating")).isEqualTo(4);
        assertThat(electricity.getJsonArray("qualityFlags").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("TEMPORAL");
        assertThat(electricity.getJsonArray("gases").getJsonObject(0).getString("gas")).isEqualTo("CO2");
        assertThat(codes(run)).contains("FACTOR_OLDER_THAN_REFERENCE_PERIOD", "FUNCTIONAL_UNIT_INCONSISTENT")
                .doesNotContain("FACTOR_REGION_MISMATCH", "FACILITY_TOTAL_NOT_ALLOCATED");
        assertThat(decimal(run, "fossilKgCo2e")).isCloseTo(decimal(electricity, "kgCo2e"), within(new BigDecimal("1e-9")));
    }

    @Test
    void caseBFromTheShippedSetReproducesEveryItemAndFlagsTheNorthChinaGridForAHubeiPlant() throws IOException {
        JsonObject run = calculate(importDocument("/shipped-seed-b-bulk-conveyor.json", "湖北天宜机械股份有限公司"));

        assertThat(decimal(run, "totalKgCo2e")).isCloseTo(new BigDecimal("3417.89"), within(KG));
        assertItem(run, "electricity", "193.92", "5.674");
        assertItem(run, "natural gas", "0.11", "0.003");
        assertItem(run, "water", "28.73", "0.841");
        assertItem(run, "steel", "3156.00", "92.338");
        assertItem(run, "paint", "7.31", "0.214");
        assertItem(run, "carbon dioxide (welding gas)", "19.73", "0.577");
        assertItem(run, "direct emissions", "5.02", "0.147");
        assertThat(line(run, "electricity").getString("selectionRule")).isEqualTo("EXPLICIT");
        assertThat(line(run, "natural gas").getString("selectionRule")).isEqualTo("WIDER_REGION_NEAREST_EARLIER_YEAR");
        List<String> codes = codes(run);
        assertThat(codes).contains("FACTOR_REGION_MISMATCH", "FUNCTIONAL_UNIT_INCONSISTENT");
        JsonObject mismatch = run.getJsonArray("warnings").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("code").equals("FACTOR_REGION_MISMATCH")).findFirst().orElseThrow();
        assertThat(mismatch.getInt("lineNo")).isEqualTo(1);
        assertThat(line(run, "electricity").getInt("geographicRating")).isEqualTo(5);
    }

    @Test
    void naturalGasCombustionPerGasIsCharacterisedWithTheStudysGwpSet() throws IOException {
        String studyId = importDocument(combustionDocument(), "Combustion " + UUID.randomUUID());

        JsonObject ar4 = calculate(studyId);
        assertThat(decimal(ar4, "totalKgCo2e")).isEqualByComparingTo("2.09204904");
        Map<String, JsonObject> gases = byKey(line(ar4, "natural gas combustion"), "gases", "gas");
        assertThat(decimal(gases.get("CH4_FOSSIL"), "gwp")).isEqualByComparingTo("25");
        assertThat(decimal(gases.get("N2O"), "gwp")).isEqualByComparingTo("298");
        assertThat(decimal(gases.get("N2O"), "kgCo2e")).isEqualByComparingTo("0.00111154");

        JsonObject ar6 = graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s, gwpSet: AR6) { "
                + RUN + " } }", Map.of("s", studyId)).getJsonObject("calculateFootprint");
        assertThat(ar6.getString("gwpSet")).isEqualTo("AR6");
        assertThat(decimal(ar6, "totalKgCo2e")).isEqualByComparingTo("2.09213579");
    }

    @Test
    void comparingCaseAUnderTheMeeGridSetChangesOnlyTheElectricityLine() throws IOException {
        String studyId = importDocument("/demo/seed-a-valve-actuator.json", "天津百利二通机械有限公司");
        String mee = setId("China electricity CO2 emission factors (MEE/NBS)");
        String seedA = setId("Case A valve actuator CFP report factors");

        JsonObject comparison = graphQl.data("query($s: ID!, $f: [String]) { compareFootprint(studyId: $s, "
                + "factorSetIds: $f) { baselineKgCo2e alternativeKgCo2e differenceKgCo2e lines { item "
                + "alternativeFactor alternativeSelectionRule differenceKgCo2e } } }",
                Map.of("s", studyId, "f", List.of(mee, seedA))).getJsonObject("compareFootprint");

        Map<String, JsonObject> lines = byKey(comparison, "lines", "item");
        JsonObject electricity = lines.get("electricity, whole actuator line, 2022");
        // 225,500 kWh × (0.6776 − 0.8843) kg CO2/kWh ÷ 16,345 units
        assertThat(decimal(electricity, "differenceKgCo2e")).isCloseTo(new BigDecimal("-2.851689"),
                within(new BigDecimal("0.000001")));
        assertThat(electricity.getString("alternativeSelectionRule")).isEqualTo("WIDER_REGION");
        assertThat(lines).hasSize(14);
        lines.values().stream().filter(line -> line != electricity)
                .forEach(line -> assertThat(decimal(line, "differenceKgCo2e")).as(line.getString("item")).isZero());
        assertThat(decimal(comparison, "differenceKgCo2e")).isEqualByComparingTo(decimal(electricity, "differenceKgCo2e"));
        assertThat(graphQl.data("query($s: ID!) { study(id: $s) { factorSetIds } }", Map.of("s", studyId))
                .getJsonObject("study").getJsonArray("factorSetIds")).hasSize(1);
    }

    @Test
    void anExcludedInputWithinTheCutOffIsListedWithItsMassShareAndNotCounted() throws IOException {
        String document = readResource("/shipped-seed-b-bulk-conveyor.json")
                .replace("湖北天宜机械股份有限公司", "Cut-off " + UUID.randomUUID())
                .replace("\"item\": \"paint\",", "\"item\": \"paint\", \"excluded\": true,");

        JsonObject run = calculate(graphQl.data("mutation($d: String!) { importStudy(document: $d) { id } }",
                Map.of("d", document)).getJsonObject("importStudy").getString("id"));

        // paint: 6.77 kg of 1,206.77 kg material inputs; 6.77 × 1.0798 kg CO2e left out of 3417.89
        assertThat(decimal(run, "totalKgCo2e")).isCloseTo(new BigDecimal("3410.58"), within(KG));
        assertThat(decimal(run, "excludedMassSharePercent")).isCloseTo(new BigDecimal("0.5610"),
                within(new BigDecimal("0.0001")));
        assertThat(decimal(run, "excludedKgCo2e")).isEqualByComparingTo("7.310246");
        assertThat(run.getJsonArray("excludedLines").getJsonObject(0).getString("item")).isEqualTo("paint");
        assertThat(byKey(run, "lines", "item")).doesNotContainKey("paint");
    }

    @Test
    void aStudyWhoseExclusionsPassItsDeclaredTotalIsRefusedAndNothingIsStored() throws IOException {
        String company = "Cut-off " + UUID.randomUUID();
        String document = readResource("/shipped-seed-b-bulk-conveyor.json")
                .replace("湖北天宜机械股份有限公司", company)
                .replace("\"item\": \"paint\",", "\"item\": \"paint\", \"excluded\": true,")
                .replace("\"unitStatements\"", "\"cutOff\": {\"totalPercent\": 0.5}, \"unitStatements\"");

        JsonObject error = graphQl.firstError("mutation($d: String!) { importStudy(document: $d) { id } }",
                Map.of("d", document));

        assertThat(GraphQl.code(error)).isEqualTo("CUT_OFF_EXCEEDED");
        assertThat(error.getString("message")).contains("0.5 %");
        assertThat(graphQl.data("query($n: String) { companies(search: $n) { totalCount } }", Map.of("n", company))
                .getJsonObject("companies").getInt("totalCount")).isZero();
    }

    @Test
    void theRegionHierarchyPlacesHubeiInTheCentralChinaGrid() {
        Map<String, JsonObject> regions = byKey(graphQl.data("{ regions { code nameEn nameZh kind parentCode } }",
                Map.of()), "regions", "code");

        assertThat(regions.get("CN-HB").getString("parentCode")).isEqualTo("CN-GRID-CENTRAL");
        assertThat(regions.get("CN-GRID-CENTRAL").getString("kind")).isEqualTo("GRID_REGION");
        assertThat(regions.get("CN-GRID-CENTRAL").getString("parentCode")).isEqualTo("CN");
        assertThat(regions).hasSizeGreaterThan(40);
    }

    private String importDocument(String resourceOrDocument, String companyName) throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = resourceOrDocument.startsWith("/") ? readResource(resourceOrDocument)
                .replace(companyName, companyName + " " + suffix) : resourceOrDocument;
        return graphQl.data("mutation($d: String!) { importStudy(document: $d) { id } }", Map.of("d", document))
                .getJsonObject("importStudy").getString("id");
    }

    private JsonObject calculate(String studyId) {
        return graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { " + RUN + " } }",
                Map.of("s", studyId)).getJsonObject("calculateFootprint");
    }

    private String setId(String name) {
        return graphQl.data("query($n: String) { factorSets(search: $n) { nodes { id name } } }", Map.of("n", name))
                .getJsonObject("factorSets").getJsonArray("nodes").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElseThrow().getString("id");
    }

    private static String combustionDocument() {
        return """
                {"format": "tanji-study/1",
                 "company": {"name": "%s"},
                 "facility": {"name": "boiler house", "province": "Hubei"},
                 "product": {"name": "steam", "functionalUnit": "1 m3 natural gas burnt"},
                 "factorSet": {"name": "Case B bulk conveyor CFP report factors", "version": "2020-report"},
                 "study": {"name": "combustion", "referenceYear": 2020, "gwpSet": "AR4", "lines": [
                   {"stage": "ENERGY", "item": "natural gas combustion", "amount": "1", "unit": "m3",
                    "factor": "natural gas, combustion"}]}}
                """.formatted("Combustion " + UUID.randomUUID());
    }

    private static String readResource(String name) throws IOException {
        try (InputStream in = ShippedSeedCasesIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
