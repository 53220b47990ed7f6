package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Query by query and mutation by mutation, users of company A never see or change company B's rows: lists leave them
 * out (even when asked for by B's id), reads by id answer NOT_FOUND as for an id that does not exist, and writes
 * into B are refused with B's rows unchanged. Every test also shows the caller seeing its own company's rows, so that
 * an empty answer proves scoping, not a broken query. Shared reference factor sets stay readable by everyone.
 */
class CompanyIsolationIT {

    private static final String PASSWORD = "isolation-password";
    private static final String SHIPPED_SET = "Case A valve actuator CFP report factors";

    private static final GraphQl ADMIN = new GraphQl();
    private static Company a;
    private static Company b;
    private static GraphQl editorA;
    private static GraphQl analystA;
    private static GraphQl viewerA;
    private static GraphQl editorB;

    /** A company with one facility, product, own factor set, study and run, entered by an ADMIN. */
    private record Company(String id, String name, String facilityId, String productId, String factorSetId,
            String studyId, String runId) {

        static Company entered() {
            StudyFixture fixture = new StudyFixture(ADMIN).facilityIn("North China")
                    .factor("steel", "2", "kg CO2e / kg")
                    .line("RAW_MATERIAL_ACQUISITION", "steel", "10", "kg", "steel");
            JsonObject run = fixture.calculate("id studyId companyName");
            return new Company(fixture.companyId, run.getString("companyName"), fixture.facilityId,
                    fixture.productId, fixture.factorSetId, run.getString("studyId"), run.getString("id"));
        }
    }

    @BeforeAll
    static void twoCompaniesWithTheirUsers() {
        a = Company.entered();
        b = Company.entered();
        editorA = user("EDITOR", a);
        analystA = user("ANALYST", a);
        viewerA = user("VIEWER", a);
        editorB = user("EDITOR", b);
        ADMIN.data("mutation { exportWarehouse { runsWritten } }", Map.of());
    }

    @Test
    void companiesListsTheCallersOwnOnly() {
        JsonObject all = analystA.data("{ companies(first: 500) { totalCount nodes { id } } }", Map.of())
                .getJsonObject("companies");
        JsonObject searched = analystA.data("query($s: String) { companies(search: $s) { totalCount } }",
                Map.of("s", b.name())).getJsonObject("companies");

        assertThat(ids(all)).containsExactly(a.id());
        assertThat(all.getInt("totalCount")).isEqualTo(1);
        assertThat(searched.getInt("totalCount")).isZero();
        assertThat(ids(ADMIN.data("{ companies(first: 500) { nodes { id } } }", Map.of())
                .getJsonObject("companies"))).contains(a.id(), b.id());
    }

    @Test
    void facilitiesAndProductsOfAnotherCompanyAreNotListedEvenWhenAskedForByItsId() {
        for (String list : List.of("facilities", "products")) {
            String own = list.equals("facilities") ? a.facilityId() : a.productId();
            JsonObject all = analystA.data("{ " + list + "(first: 500) { totalCount nodes { id companyId } } }",
                    Map.of()).getJsonObject(list);
            JsonObject ofB = analystA.data("query($c: ID) { " + list + "(companyId: $c) { totalCount } }",
                    Map.of("c", b.id())).getJsonObject(list);

            assertThat(ids(all)).as(list).contains(own);
            assertThat(all.getJsonArray("nodes")).as(list).allSatisfy(node ->
                    assertThat(node.asJsonObject().getString("companyId")).isEqualTo(a.id()));
            assertThat(ofB.getInt("totalCount")).as(list).isZero();
        }
    }

    @Test
    void factorSetsAreTheCallersOwnAndTheSharedOnes() {
        JsonObject sets = analystA.data("{ factorSets(first: 500) { nodes { id name companyId } } }", Map.of())
                .getJsonObject("factorSets");

        assertThat(ids(sets)).contains(a.factorSetId()).doesNotContain(b.factorSetId());
        assertThat(sets.getJsonArray("nodes")).anySatisfy(node ->
                assertThat(node.asJsonObject().getString("name")).isEqualTo(SHIPPED_SET));
        assertThat(sets.getJsonArray("nodes")).allSatisfy(node -> assertThat(companyId(node.asJsonObject()))
                .isIn(a.id(), null));
        assertThat(ids(analystA.data("query($c: ID) { factorSets(first: 500, companyId: $c) { nodes { id } } }",
                Map.of("c", b.id())).getJsonObject("factorSets"))).doesNotContain(b.factorSetId());
    }

    @Test
    void factorsOfAnotherCompanysSetAreNotListed() {
        String query = "query($s: ID) { factors(factorSetId: $s) { totalCount } }";

        assertThat(analystA.data(query, Map.of("s", a.factorSetId())).getJsonObject("factors").getInt("totalCount"))
                .isEqualTo(1);
        assertThat(analystA.data(query, Map.of("s", b.factorSetId())).getJsonObject("factors").getInt("totalCount"))
                .isZero();
        assertThat(ADMIN.data(query, Map.of("s", b.factorSetId())).getJsonObject("factors").getInt("totalCount"))
                .isEqualTo(1);
    }

    @Test
    void studiesAreTheCallersOwnAndAnotherCompanysStudyIsNotFound() {
        JsonObject studies = analystA.data("{ studies(first: 500) { nodes { id companyId } } }", Map.of())
                .getJsonObject("studies");
        JsonObject ofB = analystA.data("query($c: ID) { studies(companyId: $c) { totalCount } }",
                Map.of("c", b.id())).getJsonObject("studies");

        assertThat(ids(studies)).contains(a.studyId()).doesNotContain(b.studyId());
        assertThat(ofB.getInt("totalCount")).isZero();
        assertThat(analystA.data("query($id: ID!) { study(id: $id) { id } }", Map.of("id", a.studyId()))
                .getJsonObject("study").getString("id")).isEqualTo(a.studyId());
        assertNotFound(analystA.firstError("query($id: ID!) { study(id: $id) { id name } }",
                Map.of("id", b.studyId())));
    }

    @Test
    void runsAndRunRowsAreTheCallersOwnAndAnotherCompanysRunIsNotFound() {
        JsonObject runs = viewerA.data("{ runs(first: 1000) { nodes { id companyId } } }", Map.of())
                .getJsonObject("runs");
        JsonObject rows = viewerA.data("{ runRows(first: 500) { nodes { runId companyId } } }", Map.of())
                .getJsonObject("runRows");
        JsonObject lineRows = viewerA.data("{ runLineRows(first: 500) { nodes { runId companyName } } }", Map.of())
                .getJsonObject("runLineRows");

        assertThat(ids(runs)).contains(a.runId()).doesNotContain(b.runId());
        assertThat(field(rows, "runId")).contains(a.runId()).doesNotContain(b.runId());
        assertThat(field(rows, "companyId")).containsOnly(a.id());
        assertThat(field(lineRows, "runId")).contains(a.runId()).doesNotContain(b.runId());
        assertThat(field(lineRows, "companyName")).containsOnly(a.name());
        for (String list : List.of("runs", "runRows", "runLineRows")) {
            assertThat(viewerA.data("query($c: ID) { " + list + "(filter: {companyId: $c}) { totalCount } }",
                    Map.of("c", b.id())).getJsonObject(list).getInt("totalCount")).as(list).isZero();
        }
        assertThat(viewerA.data("query($id: ID!) { run(id: $id) { id } }", Map.of("id", a.runId()))
                .getJsonObject("run").getString("id")).isEqualTo(a.runId());
        assertNotFound(viewerA.firstError("query($id: ID!) { run(id: $id) { id totalKgCo2e } }",
                Map.of("id", b.runId())));
    }

    @Test
    void anotherCompanysStudyOrFactorSetCannotBeComparedOrCalculated() {
        String compare = "query($s: ID!, $f: [String]) { compareFootprint(studyId: $s, factorSetIds: $f)"
                + " { differenceKgCo2e } }";
        String calculate = "mutation($s: ID!, $f: [String]) { calculateFootprint(studyId: $s, factorSetIds: $f)"
                + " { id } }";
        int runsOfB = runCount(b);

        assertNotFound(analystA.firstError(compare, Map.of("s", b.studyId(), "f", List.of(a.factorSetId()))));
        assertNotFound(analystA.firstError(compare, Map.of("s", a.studyId(), "f", List.of(b.factorSetId()))));
        assertNotFound(editorA.firstError(calculate, Map.of("s", b.studyId(), "f", List.of(b.factorSetId()))));
        assertNotFound(editorA.firstError(calculate, Map.of("s", a.studyId(), "f", List.of(b.factorSetId()))));
        assertThat(runCount(b)).isEqualTo(runsOfB);
        assertThat(editorA.data(calculate, Map.of("s", a.studyId(), "f", List.of(a.factorSetId())))
                .getJsonObject("calculateFootprint").getString("id")).isNotBlank();
    }

    @Test
    void facilitiesProductsAndFactorSetsCannotBeCreatedInAnotherCompany() {
        int facilitiesOfB = count("facilities", b);
        int productsOfB = count("products", b);

        assertNotFound(editorA.firstError("mutation($i: FacilityInput!) { createFacility(input: $i) { id } }",
                Map.of("i", Map.of("companyId", b.id(), "name", "Planted " + UUID.randomUUID()))));
        assertNotFound(editorA.firstError("mutation($i: ProductInput!) { createProduct(input: $i) { id } }",
                Map.of("i", Map.of("companyId", b.id(), "name", "Planted " + UUID.randomUUID(),
                        "functionalUnit", "1 unit"))));
        assertNotFound(editorA.firstError("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("companyId", b.id(), "name", "Planted " + UUID.randomUUID(), "version", "1",
                        "factors", List.of()))));
        assertThat(count("facilities", b)).isEqualTo(facilitiesOfB);
        assertThat(count("products", b)).isEqualTo(productsOfB);
        assertThat(editorA.data("mutation($i: FacilityInput!) { createFacility(input: $i) { companyId } }",
                Map.of("i", Map.of("companyId", a.id(), "name", "Second plant " + UUID.randomUUID())))
                .getJsonObject("createFacility").getString("companyId")).isEqualTo(a.id());
    }

    @Test
    void aFactorSetNameAndVersionOfAnotherCompanyIsNeitherInTheWayNorRevealed() {
        String create = "mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id companyId } }";
        String name = "Supplier declarations " + UUID.randomUUID();
        Map<String, Object> ofB = Map.of("companyId", b.id(), "name", name, "version", "2024", "factors", List.of());
        Map<String, Object> ofA = Map.of("companyId", a.id(), "name", name, "version", "2024", "factors", List.of());

        JsonObject createdByB = editorB.data(create, Map.of("i", ofB)).getJsonObject("createFactorSet");
        JsonObject createdByA = editorA.data(create, Map.of("i", ofA)).getJsonObject("createFactorSet");
        JsonObject again = editorA.firstError(create, Map.of("i", ofA));
        JsonObject sharedName = editorA.firstError(create, Map.of("i", Map.of("companyId", a.id(),
                "name", SHIPPED_SET, "version", "2022-report", "factors", List.of())));

        assertThat(createdByA.getString("companyId")).isEqualTo(a.id());
        assertThat(createdByA.getString("id")).isNotEqualTo(createdByB.getString("id"));
        assertThat(GraphQl.code(again)).isEqualTo("DUPLICATE_NAME");
        assertThat(GraphQl.code(sharedName)).isEqualTo("DUPLICATE_NAME");
    }

    @Test
    void anImportNamingAnotherCompanysFactorSetMakesTheImportersOwn() {
        String importStudy = "mutation($d: String!) { importStudy(document: $d) { id companyId factorSetId } }";
        String setName = "Copper declarations " + UUID.randomUUID();
        JsonObject ofB = editorB.data(importStudy, Map.of("d", document(b.name(), setName)))
                .getJsonObject("importStudy");

        JsonObject ofA = editorA.data(importStudy, Map.of("d", document(a.name(), setName)))
                .getJsonObject("importStudy");

        assertThat(ofA.getString("companyId")).isEqualTo(a.id());
        assertThat(ofA.getString("factorSetId")).isNotEqualTo(ofB.getString("factorSetId"));
        assertThat(editorA.data("query($s: String) { factorSets(search: $s) { nodes { id companyId } } }",
                Map.of("s", setName)).getJsonObject("factorSets").getJsonArray("nodes").getValuesAs(JsonObject.class))
                .extracting(set -> set.getString("id") + " " + set.getString("companyId"))
                .containsExactly(ofA.getString("factorSetId") + " " + a.id());
    }

    @Test
    void onlyAnAdminCreatesCompaniesAndSharedFactorSets() {
        JsonObject company = editorA.firstError("mutation($i: CompanyInput!) { createCompany(input: $i) { id } }",
                Map.of("i", Map.of("name", "Editor's own " + UUID.randomUUID())));
        JsonObject shared = editorA.firstError("mutation($i: FactorSetInput!) { createFactorSet(input: $i) { id } }",
                Map.of("i", Map.of("name", "Editor's shared " + UUID.randomUUID(), "version", "1",
                        "factors", List.of())));

        assertThat(GraphQl.code(company)).isEqualTo("FORBIDDEN");
        assertThat(GraphQl.code(shared)).isEqualTo("FORBIDDEN");
        assertThat(shared.getString("message")).contains("companyId");
    }

    @Test
    void aStudyCannotBeEnteredOnAnotherCompanysProductFacilityOrFactorSet() {
        String create = "mutation($i: StudyInput!) { createStudy(input: $i) { id } }";
        int studiesOfB = count("studies", b);

        assertNotFound(editorA.firstError(create, Map.of("i", study(b.productId(), b.facilityId(), b.factorSetId()))));
        assertNotFound(editorA.firstError(create, Map.of("i", study(a.productId(), a.facilityId(), b.factorSetId()))));
        assertThat(count("studies", b)).isEqualTo(studiesOfB);
        assertThat(editorA.data(create, Map.of("i", study(a.productId(), a.facilityId(), a.factorSetId())))
                .getJsonObject("createStudy").getString("id")).isNotBlank();
    }

    @Test
    void anEditorImportsIntoTheirOwnCompanyOnlyAndTheDocumentsFactorSetStaysTheirs() {
        String importStudy = "mutation($d: String!) { importStudy(document: $d) { id companyId factorSetId } }";
        String setName = "Imported factors " + UUID.randomUUID();

        JsonObject refused = editorA.firstError(importStudy, Map.of("d", document(b.name(), setName)));
        JsonObject imported = editorA.data(importStudy, Map.of("d", document(a.name(), setName)))
                .getJsonObject("importStudy");

        assertThat(GraphQl.code(refused)).isEqualTo("FORBIDDEN");
        assertThat(imported.getString("companyId")).isEqualTo(a.id());
        assertThat(ids(analystA.data("query($s: String) { factorSets(search: $s) { nodes { id companyId } } }",
                Map.of("s", setName)).getJsonObject("factorSets"))).containsExactly(imported.getString("factorSetId"));
        assertThat(editorB.data("query($s: String) { factorSets(search: $s) { totalCount } }", Map.of("s", setName))
                .getJsonObject("factorSets").getInt("totalCount")).isZero();
    }

    @Test
    void theWarehouseAnswersTheCallersCompanyOnly() {
        JsonArray own = analystA.data("{ warehouseFootprints { company latestRunId } }", Map.of())
                .getJsonArray("warehouseFootprints");
        JsonArray every = ADMIN.data("{ warehouseFootprints { company } }", Map.of())
                .getJsonArray("warehouseFootprints");

        assertThat(own).isNotEmpty();
        assertThat(own).allSatisfy(row -> assertThat(row.asJsonObject().getString("company")).isEqualTo(a.name()));
        assertThat(every.stream().map(row -> row.asJsonObject().getString("company"))).contains(a.name(), b.name());
    }

    @Test
    void anotherCompanysEditorSeesNoneOfCompanyAsRows() {
        assertThat(ids(editorB.data("{ studies(first: 500) { nodes { id } } }", Map.of()).getJsonObject("studies")))
                .contains(b.studyId()).doesNotContain(a.studyId());
        assertNotFound(editorB.firstError("mutation($s: ID!) { calculateFootprint(studyId: $s) { id } }",
                Map.of("s", a.studyId())));
    }

    private static GraphQl user(String role, Company company) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        ADMIN.data("mutation($u: String!, $p: String!, $r: Role!, $c: ID) {"
                + " createUser(username: $u, password: $p, role: $r, companyId: $c) { username } }",
                Map.of("u", username, "p", PASSWORD, "r", role, "c", company.id()));
        return GraphQl.as(username, PASSWORD);
    }

    private static Map<String, Object> study(String productId, String facilityId, String factorSetId) {
        return Map.of("productId", productId, "facilityId", facilityId, "factorSetId", factorSetId,
                "name", "Planted study " + UUID.randomUUID(), "referenceYear", 2022, "gwpSet", "AR6",
                "lines", List.of(Map.of("stage", "RAW_MATERIAL_ACQUISITION", "item", "steel", "amount", "1",
                        "unit", "kg", "factor", "steel")));
    }

    /** A study document of {@code company} bringing its own factor set, {@code setName}. */
    private static String document(String company, String setName) {
        return Json.createObjectBuilder()
                .add("format", "tanji-study/1")
                .add("company", Json.createObjectBuilder().add("name", company))
                .add("facility", Json.createObjectBuilder().add("name", "Imported plant").add("gridRegion",
                        "North China"))
                .add("product", Json.createObjectBuilder().add("name", "Imported product")
                        .add("functionalUnit", "1 unit"))
                .add("factorSet", Json.createObjectBuilder().add("name", setName).add("version", "1")
                        .add("factors", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("name", "copper").add("value", "4.1").add("unit", "kg CO2e / kg")
                                .add("source", "supplier declaration"))))
                .add("study", Json.createObjectBuilder().add("name", "Imported study " + UUID.randomUUID())
                        .add("referenceYear", 2023).add("gwpSet", "AR6")
                        .add("lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("stage", "RAW_MATERIAL_ACQUISITION").add("item", "copper wire")
                                .add("amount", "2").add("unit", "kg").add("factor", "copper"))))
                .build().toString();
    }

    /** How many rows of {@code company} an ADMIN sees in {@code list}. */
    private static int count(String list, Company company) {
        return ADMIN.data("query($c: ID) { " + list + "(companyId: $c) { totalCount } }", Map.of("c", company.id()))
                .getJsonObject(list).getInt("totalCount");
    }

    private static int runCount(Company company) {
        return ADMIN.data("query($c: ID) { runs(filter: {companyId: $c}) { totalCount } }",
                Map.of("c", company.id())).getJsonObject("runs").getInt("totalCount");
    }

    private static void assertNotFound(JsonObject error) {
        assertThat(GraphQl.code(error)).as("%s", error).isEqualTo("NOT_FOUND");
    }

    private static List<String> ids(JsonObject connection) {
        return field(connection, "id");
    }

    private static List<String> field(JsonObject connection, String name) {
        return connection.getJsonArray("nodes").stream().map(node -> node.asJsonObject().getString(name)).toList();
    }

    private static String companyId(JsonObject node) {
        JsonValue value = node.get("companyId");
        return value == null || value == JsonValue.NULL ? null : node.getString("companyId");
    }
}
