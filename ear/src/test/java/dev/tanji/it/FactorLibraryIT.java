package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Factor sets over GraphQL: GWP tables, factors given per gas, the refusals and the shipped reference sets. */
class FactorLibraryIT {

    private static final String CREATE_SET = "mutation($i: FactorSetInput!) { createFactorSet(input: $i) {"
            + " id name gwpBasis source factorCount } }";
    private static final String FACTOR_SETS = "query($search: String) { factorSets(search: $search, first: 500) {"
            + " totalCount nodes { id companyId name version gwpBasis source factorCount } } }";

    private final GraphQl graphQl = new GraphQl();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void gwpSetsListTheThreeIpccReportsWithTheirGwp100AndSources() {
        List<JsonObject> sets = graphQl.data("{ gwpSets { name values { gas symbol gwp100 source } } }", Map.of())
                .getJsonArray("gwpSets").getValuesAs(JsonObject.class);

        assertThat(sets).extracting(s -> s.getString("name")).contains("AR4", "AR5", "AR6");
        assertThat(gwp(sets, "AR4", "N2O").getJsonNumber("gwp100").bigDecimalValue()).isEqualByComparingTo("298");
        assertThat(gwp(sets, "AR5", "N2O").getJsonNumber("gwp100").bigDecimalValue()).isEqualByComparingTo("265");
        assertThat(gwp(sets, "AR6", "N2O").getJsonNumber("gwp100").bigDecimalValue()).isEqualByComparingTo("273");
        JsonObject fossilMethane = gwp(sets, "AR6", "CH4_FOSSIL");
        assertThat(fossilMethane.getJsonNumber("gwp100").bigDecimalValue()).isEqualByComparingTo("29.8");
        assertThat(fossilMethane.getString("symbol")).isEqualTo("CH4 fossil");
        assertThat(fossilMethane.getString("source")).isNotBlank();
    }

    @Test
    void aFactorGivenPerGasIsReadBackWithEachGasAndItsQuality() {
        Map<String, Object> naturalGas = perGasFactor("natural gas combustion", "kg / m3");
        naturalGas.put("region", "China");
        naturalGas.put("referenceYear", 2015);
        naturalGas.put("uncertaintyPercent", "5");
        naturalGas.put("confidence", "high");
        Map<String, Object> set = set("Natural gas " + suffix, naturalGas);
        set.put("gwpBasis", "AR6");
        set.put("source", "IPCC 2006 Guidelines, Vol. 2, Table 2.2");

        JsonObject created = graphQl.data(CREATE_SET, Map.of("i", set)).getJsonObject("createFactorSet");
        List<JsonObject> factors = graphQl.data("query($s: ID!) { factors(factorSetId: $s) { nodes { name region"
                        + " referenceYear value unit gases { gas symbol amount } uncertaintyPercent confidence source"
                        + " } } }",
                Map.of("s", created.getString("id"))).getJsonObject("factors").getJsonArray("nodes")
                .getValuesAs(JsonObject.class);

        assertThat(created.getString("gwpBasis")).isEqualTo("AR6");
        assertThat(created.getString("source")).isEqualTo("IPCC 2006 Guidelines, Vol. 2, Table 2.2");
        assertThat(created.getInt("factorCount")).isEqualTo(1);
        assertThat(factors).hasSize(1);
        JsonObject factor = factors.get(0);
        assertThat(factor.get("value")).isEqualTo(JsonValue.NULL);
        assertThat(factor.getString("unit")).isEqualTo("kg / m3");
        assertThat(factor.getString("region")).isEqualTo("China");
        assertThat(factor.getInt("referenceYear")).isEqualTo(2015);
        assertThat(factor.getJsonNumber("uncertaintyPercent").bigDecimalValue()).isEqualByComparingTo("5");
        assertThat(factor.getString("confidence")).isEqualTo("high");
        List<JsonObject> gases = factor.getJsonArray("gases").getValuesAs(JsonObject.class);
        assertThat(gases).extracting(g -> g.getString("gas")).containsExactly("CO2", "CH4_FOSSIL", "N2O");
        assertThat(gases).extracting(g -> g.getString("symbol")).containsExactly("CO2", "CH4 fossil", "N2O");
        assertThat(gases).extracting(g -> g.getJsonNumber("amount").bigDecimalValue())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("2.09"), new BigDecimal("3.75E-05"), new BigDecimal("3.73E-06"));
    }

    @Test
    void oneNameMayRecurForAnotherRegionOrYear() {
        Map<String, Object> set = set("Grid " + suffix,
                gridFactor("North China", 2012, "0.8843"), gridFactor("North China", 2022, "0.5415"),
                gridFactor("Central China", 2022, "0.5395"));

        JsonObject created = graphQl.data(CREATE_SET, Map.of("i", set)).getJsonObject("createFactorSet");

        assertThat(created.getInt("factorCount")).isEqualTo(3);
    }

    @Test
    void aFactorWithBothAValueAndGasesIsRefusedAndNothingIsStored() {
        Map<String, Object> factor = perGasFactor("natural gas combustion", "kg / m3");
        factor.put("value", "2.1");

        assertRefused(set("Both " + suffix, factor), "INVALID_FACTOR");
    }

    @Test
    void anUnknownGasIsRefusedAndNothingIsStored() {
        Map<String, Object> factor = perGasFactor("natural gas combustion", "kg / m3");
        factor.put("gases", List.of(Map.of("gas", "CO2", "amount", "2.09"), Map.of("gas", "H2O", "amount", "1")));

        assertRefused(set("Unknown gas " + suffix, factor), "UNKNOWN_GAS");
    }

    @Test
    void aNegativeGasAmountIsRefusedAndNothingIsStored() {
        Map<String, Object> factor = perGasFactor("natural gas combustion", "kg / m3");
        factor.put("gases", List.of(Map.of("gas", "CO2", "amount", "2.09"), Map.of("gas", "N2O", "amount", "-1E-06")));

        assertRefused(set("Negative " + suffix, factor), "NEGATIVE_FACTOR");
    }

    @Test
    void gasesGivenInAUnitThatNamesAGasAreRefusedAndNothingIsStored() {
        assertRefused(set("Gas in unit " + suffix, perGasFactor("natural gas combustion", "kg CO2e / m3")),
                "INVALID_FACTOR");
    }

    @Test
    void theSameNameRegionAndYearTwiceInOneSetIsRefusedAndNothingIsStored() {
        Map<String, Object> set = set("Twice " + suffix, gridFactor("North China", 2012, "0.8843"),
                gridFactor(" north china ", 2012, "0.9"));

        assertRefused(set, "DUPLICATE_NAME");
    }

    @Test
    void anUnknownGwpBasisIsRefusedAndNothingIsStored() {
        Map<String, Object> set = set("Basis " + suffix, gridFactor("North China", 2012, "0.8843"));
        set.put("gwpBasis", "AR3");

        assertRefused(set, "UNKNOWN_GWP_SET");
    }

    @Test
    void theShippedReferenceSetsIncludingTheSeedCaseSetsAreListedAsSharedData() {
        List<JsonObject> sets = factorSets(null).getJsonArray("nodes").getValuesAs(JsonObject.class);

        JsonObject caseA = named(sets, "Case A valve actuator CFP report factors");
        JsonObject caseB = named(sets, "Case B bulk conveyor CFP report factors");
        assertThat(caseA.get("companyId")).isEqualTo(JsonValue.NULL);
        assertThat(caseB.get("companyId")).isEqualTo(JsonValue.NULL);
        assertThat(caseA.getString("gwpBasis")).isEqualTo("AR6");
        assertThat(caseB.getString("gwpBasis")).isEqualTo("AR4");
        assertThat(caseB.getString("source")).isNotBlank();
        assertThat(caseB.getInt("factorCount")).isPositive();
        assertThat(sets).extracting(s -> s.getString("name"))
                .contains("China electricity CO2 emission factors (MEE/NBS)");
    }

    private void assertRefused(Map<String, Object> set, String code) {
        int setsBefore = factorSets(null).getInt("totalCount");

        JsonObject error = graphQl.firstError(CREATE_SET, Map.of("i", set));

        assertThat(GraphQl.code(error)).isEqualTo(code);
        assertThat(error.getString("message")).isNotBlank().doesNotContain("Exception", "dev.tanji", "java.");
        assertThat(factorSets(null).getInt("totalCount")).as("factor sets after a refused mutation")
                .isEqualTo(setsBefore);
        assertThat(factorSets((String) set.get("name")).getInt("totalCount")).isZero();
    }

    /** The factor sets whose name, publisher or source contains {@code search}, or all. */
    private JsonObject factorSets(String search) {
        return graphQl.data(FACTOR_SETS, search == null ? Map.of() : Map.of("search", search))
                .getJsonObject("factorSets");
    }

    @SafeVarargs
    private static Map<String, Object> set(String name, Map<String, Object>... factors) {
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("name", name);
        set.put("version", "1");
        set.put("factors", new ArrayList<>(List.of(factors)));
        return set;
    }

    /** Natural gas burnt in a boiler, per m³: the case B split of CO2, fossil CH4 and N2O. */
    private static Map<String, Object> perGasFactor(String name, String unit) {
        Map<String, Object> factor = new LinkedHashMap<>();
        factor.put("name", name);
        factor.put("unit", unit);
        factor.put("gases", List.of(Map.of("gas", "CO2", "amount", "2.09"),
                Map.of("gas", "CH4_FOSSIL", "amount", "3.75E-05"), Map.of("gas", "N2O", "amount", "3.73E-06")));
        factor.put("source", "IPCC 2006 Guidelines, Vol. 2, Table 2.2, per m3 at 38.931 MJ/m3");
        return factor;
    }

    private static Map<String, Object> gridFactor(String region, int year, String value) {
        Map<String, Object> factor = new LinkedHashMap<>();
        factor.put("name", "grid electricity");
        factor.put("region", region);
        factor.put("referenceYear", year);
        factor.put("value", value);
        factor.put("unit", "kg CO2 / kWh");
        factor.put("source", "test fixture");
        return factor;
    }

    private static JsonObject gwp(List<JsonObject> sets, String set, String gas) {
        return named(sets, set).getJsonArray("values").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("gas").equals(gas)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + gas + " in " + set));
    }

    private static JsonObject named(List<JsonObject> items, String name) {
        return items.stream().filter(i -> i.getString("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("nothing named '" + name + "' among "
                        + items.stream().map(i -> i.getString("name")).toList()));
    }
}
