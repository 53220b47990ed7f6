package dev.tanji.it.support;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Enters a study through the public mutations, the way a data-entry client would: company, facility, product,
 * factor set, then the study. Names carry a random suffix so that tests never collide.
 */
public final class StudyFixture {

    private final GraphQl graphQl;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final List<Map<String, Object>> factors = new ArrayList<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();
    private String gridRegion;
    private int referenceYear = 2022;
    private String gwpSet = "AR6";
    private String category;

    public String companyId;
    public String facilityId;
    public String productId;
    public String factorSetId;

    public StudyFixture(GraphQl graphQl) {
        this.graphQl = graphQl;
    }

    public StudyFixture facilityIn(String region) {
        this.gridRegion = region;
        return this;
    }

    public StudyFixture referenceYear(int year) {
        this.referenceYear = year;
        return this;
    }

    /** The product's category, for comparisons across products and companies. */
    public StudyFixture category(String category) {
        this.category = category;
        return this;
    }

    public StudyFixture gwpSet(String set) {
        this.gwpSet = set;
        return this;
    }

    public StudyFixture factor(String name, String value, String unit, String region, Integer year) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("value", value);
        f.put("unit", unit);
        f.put("source", "test fixture");
        if (region != null) {
            f.put("region", region);
        }
        if (year != null) {
            f.put("referenceYear", year);
        }
        factors.add(f);
        return this;
    }

    public StudyFixture factor(String name, String value, String unit) {
        return factor(name, value, unit, null, null);
    }

    public StudyFixture line(String stage, String item, String amount, String unit, String factor) {
        lines.add(new LinkedHashMap<>(Map.of("stage", stage, "item", item, "amount", amount, "unit", unit,
                "factor", factor)));
        return this;
    }

    /** A line whose factor is pinned to one region and year, as a study does when it knowingly uses another. */
    public StudyFixture pinnedLine(String stage, String item, String amount, String unit, String factor,
            String factorRegion, int factorYear) {
        lines.add(new LinkedHashMap<>(Map.of("stage", stage, "item", item, "amount", amount, "unit", unit,
                "factor", factor, "factorRegion", factorRegion, "factorYear", factorYear)));
        return this;
    }

    /** A gas emitted on site, its amount a mass of that gas. */
    public StudyFixture directEmission(String stage, String item, String amount, String unit, String gas) {
        lines.add(new LinkedHashMap<>(Map.of("stage", stage, "item", item, "amount", amount, "unit", unit,
                "directGas", gas)));
        return this;
    }

    public StudyFixture facilityTotal(String stage, String item, String amount, String unit, String factor,
            String allocationOutput) {
        Map<String, Object> line = new LinkedHashMap<>(Map.of("stage", stage, "item", item, "amount", amount,
                "unit", unit, "factor", factor, "facilityTotal", true));
        if (allocationOutput != null) {
            line.put("allocationOutput", allocationOutput);
        }
        lines.add(line);
        return this;
    }

    /** Enters company, facility, product and factor set; returns the study input ready for createStudy. */
    public Map<String, Object> prepare() {
        companyId = graphQl.data("mutation($i: CompanyInput!) { createCompany(input: $i) { id } }",
                Map.of("i", Map.of("name", "Company " + suffix))).getJsonObject("createCompany").getString("id");
        Map<String, Object> facility = new LinkedHashMap<>(Map.of("companyId", companyId, "name", "Plant " + suffix));
        if (gridRegion != null) {
            facility.put("gridRegion", gridRegion);
        }
        facilityId = graphQl.data("mutation($i: FacilityInput!) { createFacility(input: $i) { id } }",
                Map.of("i", facility)).getJsonObject("createFacility").getString("id");
        Map<String, Object> product = new LinkedHashMap<>(Map.of("companyId", companyId, "name", "Product " + suffix,
                "functionalUnit", "1 unit"));
        if (category != null) {
            product.put("category", category);
        }
        productId = graphQl.data("mutation($i: ProductInput!) { createProduct(input: $i) { id } }",
                Map.of("i", product)).getJsonObject("createProduct").getString("id");
        factorSetId = graphQl.data("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("companyId", companyId, "name", "Factors " + suffix, "version", "1",
                        "factors", factors))).getJsonObject("createFactorSet").getString("id");
        return studyInput();
    }

    public Map<String, Object> studyInput() {
        return new LinkedHashMap<>(Map.of("productId", productId, "facilityId", facilityId, "factorSetId", factorSetId,
                "name", "Study " + suffix, "referenceYear", referenceYear, "gwpSet", gwpSet, "lines", lines));
    }

    /** Enters everything, creates the study and calculates it; returns the run. */
    public JsonObject calculate(String runSelection) {
        String studyId = graphQl.data("mutation($i: StudyInput!) { createStudy(input: $i) { id } }",
                Map.of("i", prepare())).getJsonObject("createStudy").getString("id");
        return graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { " + runSelection + " } }",
                Map.of("s", studyId)).getJsonObject("calculateFootprint");
    }

    /** Case A of the acceptance cases: the valve actuator, cradle-to-gate, 2022. */
    public static StudyFixture valveActuator(GraphQl graphQl, String allocationOutput) {
        return new StudyFixture(graphQl).facilityIn("North China")
                .factor("grey iron casting", "2.05", "t CO2e / t")
                .factor("aluminium alloy casting", "0.72", "t CO2e / t")
                .factor("bar stock", "6.8", "kg CO2e / kg")
                .factor("cutting emulsion", "6.02", "t CO2e / t")
                .factor("lithium grease", "5.26", "kg CO2e / kg")
                .factor("electric motor", "332.32", "kg CO2e / piece")
                .factor("road freight", "0.074", "kg CO2e / t*km")
                .factor("North China grid 2012", "0.8843", "kg CO2 / kWh", "North China", 2012)
                .line("RAW_MATERIAL_ACQUISITION", "grey iron casting", "20.2", "kg", "grey iron casting")
                .line("RAW_MATERIAL_ACQUISITION", "aluminium alloy casting", "6.13", "kg", "aluminium alloy casting")
                .line("RAW_MATERIAL_ACQUISITION", "bar stock", "0.613", "kg", "bar stock")
                .line("RAW_MATERIAL_ACQUISITION", "cutting emulsion", "0.0294", "kg", "cutting emulsion")
                .line("RAW_MATERIAL_ACQUISITION", "lithium grease", "0.667", "kg", "lithium grease")
                .line("RAW_MATERIAL_ACQUISITION", "electric motor", "1", "piece", "electric motor")
                .line("RAW_MATERIAL_TRANSPORT", "grey iron casting, road", "10.1", "t*km", "road freight")
                .line("RAW_MATERIAL_TRANSPORT", "aluminium alloy casting, road", "0.491", "t*km", "road freight")
                .line("RAW_MATERIAL_TRANSPORT", "bar stock, road", "0.0184", "t*km", "road freight")
                .line("RAW_MATERIAL_TRANSPORT", "emulsion, road", "0.000883", "t*km", "road freight")
                .line("RAW_MATERIAL_TRANSPORT", "grease, road", "0.02", "t*km", "road freight")
                .line("RAW_MATERIAL_TRANSPORT", "motor, road", "5.8", "t*km", "road freight")
                .facilityTotal("PRODUCTION", "electricity, actuator line, 2022", "225500", "kWh",
                        "North China grid 2012", allocationOutput)
                .line("DISTRIBUTION", "actuator, road", "34.2", "t*km", "road freight");
    }
}
