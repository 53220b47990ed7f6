package dev.tanji.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.application.JavaSeStore;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunStage;
import dev.tanji.footprint.infrastructure.RunSummary;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.StudyScope;
import dev.tanji.analytics.cli.WarehouseCli;
import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.FootprintTotal;
import dev.tanji.analytics.query.WarehouseQueries;
import jakarta.persistence.EntityManager;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link StoreRuns} reads runs over JDBC as the entities hold them: on H2 built by the product's migrations, 1,203
 * runs (more than one {@code IN} list) of two companies, with stages, lines of one gas, of two gases and of none, a
 * line whose factor came from another set than the run's, runs with and without a summary. The entity side is
 * mapped here the plain way, through the JPA associations. The command line's {@code export} reads the same store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreRunsTest {

    private static final int RUNS = 1_203;
    private static final Instant CREATED = Instant.parse("2024-12-31T00:00:00Z");
    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    private final JavaSeStore store = new JavaSeStore();
    private final List<UUID> runIds = new ArrayList<>();

    @BeforeAll
    void storeRuns() {
        store.run(em -> {
            UUID factor = em.createQuery("select min(f.id) from EmissionFactorEntity f", UUID.class).getSingleResult();
            List<StudyEntity> studies = new ArrayList<>();
            for (String name : List.of("Northwind Castings", "Contoso Motors")) {
                CompanyEntity company = new CompanyEntity(name, null, CREATED);
                em.persist(company);
                studies.add(study(em, company, "valve actuator", 2022, true));
                studies.add(study(em, company, "bulk conveyor", 2023, false));
            }
            for (int n = 0; n < RUNS; n++) {
                RunEntity run = run(n, studies.get(n % studies.size()), factor);
                em.persist(run);
                runIds.add(run.id());
            }
        });
    }

    @AfterAll
    void closeStore() throws SQLException {
        store.close();
    }

    @Test
    void keysNameEveryRunWithItsYearCompanyProductFacilityAndTime() {
        List<RunKey> keys = StoreRuns.all(store::connect).keys();

        assertThat(keys).hasSize(RUNS);
        Map<UUID, RunRecord> expected = expected();
        assertThat(keys).allSatisfy(key -> {
            RunRecord run = expected.get(key.runId());
            assertThat(key).isEqualTo(new RunKey(run.runId(), run.referenceYear(), run.companyId(), run.productId(),
                    run.facilityId(), run.calculatedAt()));
        });
    }

    @Test
    void runsReadInFullAreTheRunsTheEntitiesHoldInTheOrderAsked() {
        StoreRuns source = StoreRuns.all(store::connect);
        List<RunKey> keys = new ArrayList<>(source.keys());
        keys.sort(Comparator.comparing((RunKey key) -> key.runId().toString()));

        List<RunRecord> read = source.read(keys);

        Map<UUID, RunRecord> expected = expected();
        assertThat(read).extracting(RunRecord::runId).containsExactlyElementsOf(keys.stream().map(RunKey::runId)
                .toList());
        assertThat(read).allSatisfy(run -> assertThat(run).usingRecursiveComparison(BY_VALUE)
                .isEqualTo(expected.get(run.runId())));
    }

    @Test
    void aLineOfTwoGasesIsMixedAndWeighedUnderEachGwpSet() {
        StoreRuns source = StoreRuns.only(store::connect, List.of(runIds.get(7)));
        RunRecord run = source.read(source.keys()).get(0);

        LineRecord electricity = run.lines().get(1);
        assertThat(electricity.gas()).isEqualTo("MIXED");
        // 7 kg CO2 and 0.04 kg fossil CH4: AR4 25, AR5 30 (fossil), AR6 29.8
        assertThat(electricity.kgCo2eByGwpSet()).hasSize(3);
        assertThat(electricity.kgCo2eByGwpSet().get("AR6")).isEqualByComparingTo("8.192");
        assertThat(run.lines().get(0).gas()).isEqualTo("CO2E");
        assertThat(run.lines().get(0).factorSet()).isEqualTo("Ecoinvent-like");
        assertThat(run.lines().get(2).kgCo2eByGwpSet()).containsOnlyKeys("AR4", "AR5", "AR6");
    }

    @Test
    void onlyGivenRunsAreOfferedAndUnknownIdsAreLeftOut() {
        List<UUID> asked = new ArrayList<>(runIds.subList(0, 1_100));
        asked.add(UUID.randomUUID());

        List<RunKey> keys = StoreRuns.only(store::connect, asked).keys();

        assertThat(keys).extracting(RunKey::runId).containsExactlyInAnyOrderElementsOf(runIds.subList(0, 1_100));
    }

    @Test
    void theCommandLineExportWritesEveryRunWithProgressAndTheNextWritesNothing(@TempDir Path warehouse) {
        Cli first = Cli.run("export", "--store", store.url(), "--user", "sa", "--warehouse", warehouse.toString());
        Cli second = Cli.run("export", "--store", store.url(), "--user", "sa", "--warehouse", warehouse.toString());

        assertThat(first.exitCode).isZero();
        assertThat(first.err).startsWith("1,203 new runs to export; 0 already in the warehouse");
        assertThat(first.out).startsWith("Wrote 1,203 runs and 3,609 line items in 4 files to " + warehouse)
                .contains("annual_changes: rebuilt (");
        assertThat(second.exitCode).isZero();
        assertThat(second.out).startsWith("Wrote 0 runs and 0 line items in 0 files")
                .contains("1,203 runs were already there").contains("annual_changes: up to date (0 changes written)");
        assertThat(new WarehouseLayout(warehouse).annualChangesUpToDate()).isTrue();
        try (WarehouseQueries queries = new WarehouseQueries(warehouse, new DuckDbSettings("256MB", 1))) {
            assertThat(queries.totalsByProductFacilityYear())
                    .extracting(FootprintTotal::runCount).containsOnly(300L, 301L);
        }
    }

    @Test
    void aCommandLineExportFromAStoreItCannotReadSaysSoAndWritesNothing(@TempDir Path warehouse) {
        Cli failed = Cli.run("export", "--store", "jdbc:h2:mem:empty-" + UUID.randomUUID(), "--warehouse",
                warehouse.resolve("w").toString());

        assertThat(failed.exitCode).isEqualTo(1);
        assertThat(failed.err).startsWith("STORE_READ_FAILED: Could not list the store's runs")
                .contains("the warehouse is as it was");
        assertThat(warehouse.resolve("w/runs")).doesNotExist();
    }

    private record Cli(int exitCode, String out, String err) {

        static Cli run(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exitCode = new CommandLine(new WarehouseCli()).setOut(new PrintWriter(out))
                    .setErr(new PrintWriter(err)).execute(args);
            return new Cli(exitCode, out.toString(), err.toString());
        }
    }

    private Map<UUID, RunRecord> expected() {
        return store.call(em -> {
            Map<String, Map<String, BigDecimal>> gwp = gwpTables(em);
            return em.createQuery("select r from RunEntity r", RunEntity.class).getResultList().stream()
                    .map(run -> record(run, gwp)).collect(Collectors.toMap(RunRecord::runId, run -> run));
        });
    }

    private static StudyEntity study(EntityManager em, CompanyEntity company, String product, int year,
            boolean declaredUnit) {
        String name = company.name() + " " + product;
        ProductEntity productEntity = new ProductEntity(company, name, "machinery", "1 " + product, CREATED);
        FacilityEntity facility = new FacilityEntity(company, name + " plant", "North China", null, CREATED);
        FactorSetEntity factors = new FactorSetEntity(company, name + " factors", null, "1", null, null, null,
                CREATED);
        StudyEntity study = new StudyEntity(productEntity, facility, List.of(factors), name + " " + year, year,
                "AR6", new StudyScope(null, declaredUnit, null, null, null, null, null, null), List.of(), CREATED);
        List.of(productEntity, facility, factors, study).forEach(em::persist);
        return study;
    }

    /**
     * Run {@code n}: steel (CO2e, from another set), electricity (CO2 and fossil CH4), a pallet (no gas rows, no
     * factor).
     */
    private static RunEntity run(int n, StudyEntity study, UUID factor) {
        BigDecimal kg = BigDecimal.valueOf(n);
        BigDecimal electricity = kg.add(new BigDecimal("1.192"));
        return new RunEntity(study, study.factorSet(), "AR6", kg.add(new BigDecimal("2.5")), "hash " + n,
                Instant.parse("2025-01-01T00:00:00Z").plus(n, ChronoUnit.MINUTES).plusNanos(123_000),
                List.of(new RunStage("PRODUCTION", electricity, BigDecimal.TEN),
                        new RunStage("RAW_MATERIAL_ACQUISITION", BigDecimal.ONE, BigDecimal.ONE)),
                List.of(line(1, "RAW_MATERIAL_ACQUISITION", "steel", BigDecimal.ONE, factor, "Ecoinvent-like", "3.10",
                                2020),
                        line(2, "PRODUCTION", "electricity", electricity, factor, null, null, null),
                        line(3, "DISTRIBUTION", "pallet", new BigDecimal("0.308"), null, null, null, 2019)),
                List.of(new RunLineGas(1, "CO2E", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                        new RunLineGas(2, "CO2", kg, BigDecimal.ONE, kg),
                        new RunLineGas(2, "CH4_FOSSIL", new BigDecimal("0.04"), new BigDecimal("29.8"),
                                new BigDecimal("1.192"))),
                List.of(),
                n % 2 == 0 ? new RunSummary(kg, null, BigDecimal.ONE, new BigDecimal("62.5"), new BigDecimal("2.1"),
                        null, null, "1 unit, as declared") : null,
                List.of());
    }

    private static RunLine line(int lineNo, String stage, String item, BigDecimal kgCo2e, UUID factor,
            String factorSet, String factorSetVersion, Integer factorYear) {
        return new RunLine(lineNo, stage, item, new BigDecimal("1.5"), "kg", new BigDecimal("1500"), "g", factor,
                factor == null ? null : item + " factor", factorSet, factorSetVersion, null,
                factorYear, null, BigDecimal.ONE, null, null, null, null, null, kgCo2e, BigDecimal.ZERO, null, null,
                null, null, null);
    }

    /** GWP100 per gas, per GWP set, as the reference data holds them. */
    private static Map<String, Map<String, BigDecimal>> gwpTables(EntityManager em) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select gwp_set, gas, gwp100 from gwp_value").getResultList();
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                Collectors.toMap(row -> (String) row[1], row -> (BigDecimal) row[2])));
    }

    private static RunRecord record(RunEntity run, Map<String, Map<String, BigDecimal>> gwp) {
        StudyEntity study = run.study();
        Map<Integer, List<RunLineGas>> gasesByLine = run.gases().stream()
                .collect(Collectors.groupingBy(RunLineGas::lineNo));
        List<LineRecord> lines = run.lines().stream()
                .sorted(Comparator.comparingInt(RunLine::lineNo))
                .map(l -> line(run, l, gasesByLine.getOrDefault(l.lineNo(), List.of()), gwp))
                .toList();
        Map<String, BigDecimal> stages = run.stages().stream()
                .collect(Collectors.toMap(RunStage::stage, RunStage::kgCo2e));
        RunSummary summary = run.summary();
        ProductEntity product = study.product();
        return new RunRecord(run.id(), study.id(), study.name(), run.company().id(), run.company().name(),
                study.facility().id(), study.facility().name(), product.id(), product.name(), product.category(),
                summary != null && summary.functionalUnit() != null ? summary.functionalUnit()
                        : product.functionalUnit(),
                study.scope() != null && study.scope().declaredUnit(), run.referenceYear(), run.factorSet().id(),
                run.factorSet().name(), run.factorSet().version(), run.gwpSet(), run.totalKgCo2e(), stages,
                summary == null ? null : summary.primaryDataSharePercent(),
                summary == null ? null : summary.dataQualityRating(), run.inputHash(), run.calculatedAt(), lines);
    }

    private static LineRecord line(RunEntity run, RunLine l, List<RunLineGas> gases,
            Map<String, Map<String, BigDecimal>> gwp) {
        Map<String, BigDecimal> bySet = new java.util.HashMap<>();
        for (String set : LineRecord.GWP_SETS) {
            BigDecimal kg = gases.isEmpty() ? l.kgCo2e() : BigDecimal.ZERO;
            boolean complete = true;
            for (RunLineGas gas : gases) {
                BigDecimal value = "CO2E".equals(gas.gas()) ? BigDecimal.ONE : gwp.get(set).get(gas.gas());
                if (value == null) {
                    complete = false;
                } else {
                    kg = kg.add(gas.kgGas().multiply(value));
                }
            }
            if (complete) {
                bySet.put(set, kg);
            }
        }
        return new LineRecord(l.lineNo(), l.stage(), l.item(), l.amount(), l.unit(), l.amountInFactorUnit(),
                l.factorUnit(), l.factorId(), l.factorName(),
                l.factorSetName() == null ? run.factorSet().name() : l.factorSetName(),
                l.factorSetName() == null ? run.factorSet().version() : l.factorSetVersion(), l.factorYear(),
                gases.size() == 1 ? gases.get(0).gas() : gases.isEmpty() ? "CO2E" : "MIXED", l.kgCo2e(), bySet);
    }
}
