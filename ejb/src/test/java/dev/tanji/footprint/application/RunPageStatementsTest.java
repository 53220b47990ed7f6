package dev.tanji.footprint.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunExcludedLine;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunStage;
import dev.tanji.footprint.infrastructure.RunSummary;
import dev.tanji.footprint.infrastructure.RunWarning;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.study.infrastructure.StudyScope;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page of 1,000 runs costs a constant number of SQL statements: the service code the GraphQL layer calls for
 * {@code runs} and for each part it batches ({@link RunReader}, behind {@link RunQueries}), on Hibernate and H2 in
 * Java SE, with 1,000 runs of four studies of two companies stored, each run with figures of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunPageStatementsTest {

    private static final int RUNS = 1_000;
    private static final Instant CREATED = Instant.parse("2024-12-31T00:00:00Z");
    private static final Instant FIRST_CALCULATED = Instant.parse("2025-01-01T00:00:00Z");

    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    private final JavaSeStore store = new JavaSeStore();
    private final List<StudyEntity> studies = new ArrayList<>();

    @BeforeAll
    void storeOneThousandRunsOfFourStudies() {
        store.run(em -> {
            for (String name : List.of("Northwind Castings", "Contoso Motors")) {
                CompanyEntity company = new CompanyEntity(name, null, CREATED);
                em.persist(company);
                studies.add(study(em, company, "valve actuator"));
                studies.add(study(em, company, "bulk conveyor"));
            }
            for (int n = 0; n < RUNS; n++) {
                em.persist(runNumber(n, studies.get(n % studies.size())));
            }
        });
        store.takeStatements();
    }

    @AfterAll
    void closeStore() throws SQLException {
        store.close();
    }

    @Test
    void aPageOfOneThousandRunsWithTheirStagesAndProductCostsAtMostFiveStatements() {
        Page<RunView> page = store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                allRuns()));
        Map<UUID, List<RunView.StageView>> stages = store.call(em -> new RunReader(em).stages(ids(page)));
        List<String> statements = store.takeStatements();

        assertThat(statements).as("statements: %s", statements).hasSize(3).hasSizeLessThanOrEqualTo(5);
        assertThat(page.nodes()).hasSize(RUNS);
        assertThat(page.totalCount()).isEqualTo(RUNS);
        RunView newest = page.nodes().get(0);
        assertThat(newest.totalKgCo2e()).isEqualByComparingTo("1000");
        assertThat(newest.productName()).isEqualTo("Contoso Motors bulk conveyor");
        assertThat(newest.companyName()).isEqualTo("Contoso Motors");
        for (RunView run : page.nodes()) {
            int n = run.totalKgCo2e().intValueExact() - 1;
            assertThat(run.studyName()).isEqualTo(studies.get(n % studies.size()).name());
            assertThat(stages.get(run.id())).as("stages of run %d", n)
                    .usingRecursiveFieldByFieldElementComparator(BY_VALUE).containsExactly(
                    new RunView.StageView(LifeCycleStage.RAW_MATERIAL_ACQUISITION, BigDecimal.ONE, share(1, n)),
                    new RunView.StageView(LifeCycleStage.PRODUCTION, BigDecimal.valueOf(n), share(n, n)));
        }
    }

    @Test
    void aPageReadWithoutCountIsOneStatementWithTheSameRuns() {
        Page<RunView> counted = store.call(em -> new RunReader(em).runs(RunCriteria.ALL,
                CompanyScope.everyCompany(), allRuns()));
        store.takeStatements();
        Page<RunView> uncounted = store.call(em -> new RunReader(em).runs(RunCriteria.ALL,
                CompanyScope.everyCompany(), allRuns().withoutCount()));
        List<String> statements = store.takeStatements();

        assertThat(statements).as("statements: %s", statements).hasSize(1);
        assertThat(uncounted.totalCount()).isEqualTo(-1);
        assertThat(uncounted.nodes()).isEqualTo(counted.nodes());
        assertThat(uncounted.endCursor()).isEqualTo(counted.endCursor());
        assertThat(uncounted.hasNextPage()).isEqualTo(counted.hasNextPage());
    }

    @Test
    void aPageReadsOnlyTheFiguresAskedForAndTheSameRunsInTheSamePages() {
        PageRequest firstPage = PageRequest.upTo(RunQueries.MAX_FIRST, 300, null);
        Page<RunView> full = store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                firstPage));
        Page<RunView> narrow = store.call(em -> new RunReader(em).runs(RunCriteria.ALL,
                CompanyScope.everyCompany(), firstPage, Set.of("productName", "totalKgCo2e", "referenceYear",
                        "dataQualityRating", "stages")));
        Page<RunView> next = store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                PageRequest.upTo(RunQueries.MAX_FIRST, 300, narrow.endCursor()), Set.of()));
        store.takeStatements();
        store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                firstPage.withoutCount(), Set.of("productName")));
        List<String> statements = store.takeStatements();

        assertThat(narrow.totalCount()).isEqualTo(full.totalCount());
        assertThat(narrow.endCursor()).isEqualTo(full.endCursor());
        assertThat(narrow.hasNextPage()).isTrue();
        assertThat(narrow.nodes()).hasSameSizeAs(full.nodes());
        for (int i = 0; i < full.nodes().size(); i++) {
            RunView all = full.nodes().get(i);
            RunView asked = narrow.nodes().get(i);
            assertThat(asked).as("run %d", i).isEqualTo(new RunView(all.id(), null, null, null, null, null,
                    all.productName(), null, null, null, all.referenceYear(), null, null, null, null,
                    all.totalKgCo2e(), null, all.calculatedAt(), null, null, null, null, all.quality().rating(),
                    null, null));
        }
        assertThat(next.nodes()).extracting(RunView::id).doesNotContainAnyElementsOf(ids(narrow));
        assertThat(next.nodes()).extracting(RunView::productName, RunView::referenceYear).containsOnly(tuple(null, 0));
        assertThat(statements).as("statements: %s", statements).singleElement().asString()
                .doesNotContainIgnoringCase("total_kg_co2e").doesNotContainIgnoringCase("input_hash");
    }

    @Test
    void everyPartOfAPageIsOneStatementWhateverThePageSize() {
        List<String> ofTenRuns = statementsOfEveryPart(10);
        List<String> ofOneThousandRuns = statementsOfEveryPart(RUNS);

        assertThat(ofOneThousandRuns).as("statements: %s", ofOneThousandRuns).hasSize(7)
                .hasSameSizeAs(ofTenRuns);
    }

    @Test
    void eachRunGetsItsOwnPartsInTheirOrder() {
        Page<RunView> page = store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                allRuns()));
        List<UUID> ids = ids(page);
        RunView run = page.nodes().get(RUNS - 42);
        int n = run.totalKgCo2e().intValueExact() - 1;

        List<RunView.LineView> lines = store.call(em -> new RunReader(em).lines(ids)).get(run.id());
        assertThat(lines).extracting(RunView.LineView::lineNo).containsExactly(1, 2, 3);
        assertThat(lines.get(0).gases()).extracting(RunView.GasView::gas).containsExactly("CO2E");
        assertThat(lines.get(1).gases()).extracting(RunView.GasView::gas).containsExactly("CO2", "CH4_FOSSIL");
        assertThat(lines.get(2).gases()).as("a line stored without gases is in CO2e alone")
                .usingRecursiveFieldByFieldElementComparator(BY_VALUE)
                .containsExactly(new RunView.GasView("CO2E", new BigDecimal(2), BigDecimal.ONE, new BigDecimal(2)));
        assertThat(lines.get(1).kgCo2e()).isEqualByComparingTo(BigDecimal.valueOf(n));
        assertThat(store.call(em -> new RunReader(em).gases(ids)).get(run.id()))
                .extracting(RunView.GasView::gas, g -> g.kgCo2e().intValueExact())
                .containsExactly(tuple("CO2E", 1 + 2), tuple("CO2", n - 1), tuple("CH4_FOSSIL", 1));
        assertThat(store.call(em -> new RunReader(em).excludedLines(ids)).get(run.id()))
                .extracting(RunView.ExcludedView::item).containsExactly("label " + n);
        assertThat(store.call(em -> new RunReader(em).warnings(ids)).get(run.id()))
                .extracting(RunView.WarningView::code).containsExactly("FIRST_" + n, "SECOND_" + n);
        RunView alone = store.call(em -> new RunReader(em).run(run.id(), CompanyScope.everyCompany()));
        assertThat(alone).isEqualTo(run);
    }

    @Test
    void anUnknownRunIsNotFound() {
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> store.call(em -> new RunReader(em).run(unknown, CompanyScope.everyCompany())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCompanysScopeListsItsOwnRunsOnlyAndAnswersAnotherCompanysRunAsNotFound() {
        CompanyEntity northwind = studies.get(0).company();
        CompanyEntity contoso = studies.get(2).company();
        Page<RunView> own = store.call(em -> new RunReader(em).runs(RunCriteria.ALL,
                CompanyScope.company(northwind.id()), allRuns()));
        Page<RunView> asked = store.call(em -> new RunReader(em).runs(new RunCriteria(contoso.id(), null, null, null,
                null, null, null, null, null, null, null), CompanyScope.company(northwind.id()), allRuns()));
        UUID contosoRun = store.call(em -> new RunReader(em).runs(RunCriteria.ALL,
                CompanyScope.company(contoso.id()), allRuns())).nodes().get(0).id();

        assertThat(own.totalCount()).isEqualTo(RUNS / 2);
        assertThat(own.nodes()).extracting(RunView::companyName).containsOnly("Northwind Castings");
        assertThat(asked.totalCount()).isZero();
        assertThat(asked.nodes()).isEmpty();
        assertThatThrownBy(() -> store.call(em -> new RunReader(em).run(contosoRun,
                CompanyScope.company(northwind.id())))).isInstanceOf(NotFoundException.class);
        assertThat(store.call(em -> new RunReader(em).run(contosoRun, CompanyScope.everyCompany())).companyName())
                .isEqualTo("Contoso Motors");
    }

    private List<String> statementsOfEveryPart(int first) {
        store.takeStatements();
        Page<RunView> page = store.call(em -> new RunReader(em).runs(RunCriteria.ALL, CompanyScope.everyCompany(),
                PageRequest.upTo(RunQueries.MAX_FIRST, first, null)));
        List<UUID> ids = ids(page);
        store.run(em -> {
            RunReader reader = new RunReader(em);
            assertThat(reader.stages(ids)).hasSize(first);
            assertThat(reader.lines(ids)).hasSize(first);
            assertThat(reader.gases(ids)).hasSize(first);
            assertThat(reader.excludedLines(ids)).hasSize(first);
            assertThat(reader.warnings(ids)).hasSize(first);
        });
        return store.takeStatements();
    }

    private static PageRequest allRuns() {
        return PageRequest.upTo(RunQueries.MAX_FIRST, RUNS, null);
    }

    private static List<UUID> ids(Page<RunView> page) {
        return page.nodes().stream().map(RunView::id).toList();
    }

    private static StudyEntity study(EntityManager em, CompanyEntity company, String product) {
        String name = company.name() + " " + product;
        ProductEntity productEntity = new ProductEntity(company, name, null, "1 " + product, CREATED);
        FacilityEntity facility = new FacilityEntity(company, name + " plant", "North China", null, CREATED);
        FactorSetEntity factors = new FactorSetEntity(company, name + " factors", null, "1", null, null, null,
                CREATED);
        StudyEntity study = new StudyEntity(productEntity, facility, List.of(factors), name + " 2022", 2022, "AR6",
                new StudyScope(null, false, null, null, null, null, null, null), List.of(), CREATED);
        List.of(productEntity, facility, factors, study).forEach(em::persist);
        return study;
    }

    /**
     * Run {@code n}: 1 kg CO2e from raw materials and {@code n} from production, stored production first; three lines:
     * the first in CO2e with its {@code CO2E} row (as runs were stored before a line in CO2e alone went without one),
     * the second with two gases, the third in CO2e alone, stored without gases; one excluded line; two warnings.
     */
    private static RunEntity runNumber(int n, StudyEntity study) {
        BigDecimal kg = BigDecimal.valueOf(n);
        return new RunEntity(study, study.factorSet(), "AR6", kg.add(BigDecimal.ONE), "hash " + n,
                FIRST_CALCULATED.plusSeconds(n),
                List.of(new RunStage("PRODUCTION", kg, share(n, n)),
                        new RunStage("RAW_MATERIAL_ACQUISITION", BigDecimal.ONE, share(1, n))),
                List.of(line(1, "RAW_MATERIAL_ACQUISITION", "steel", BigDecimal.ONE),
                        line(2, "PRODUCTION", "electricity", kg), line(3, "DISTRIBUTION", "pallet", new BigDecimal(2))),
                List.of(new RunLineGas(2, "CH4_FOSSIL", new BigDecimal("0.04"), new BigDecimal("25"),
                                BigDecimal.ONE),
                        new RunLineGas(1, "CO2E", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE),
                        new RunLineGas(2, "CO2", kg, BigDecimal.ONE, kg.subtract(BigDecimal.ONE))),
                List.of(new RunExcludedLine(3, "RAW_MATERIAL_ACQUISITION", "label " + n, new BigDecimal("0.001"),
                        "kg", new BigDecimal("0.1"), null)),
                new RunSummary(kg, null, BigDecimal.ONE, null, null, null, null, null),
                List.of(new RunWarning(1, "FIRST_" + n, null, "first"),
                        new RunWarning(2, "SECOND_" + n, 2, "second")));
    }

    private static RunLine line(int lineNo, String stage, String item, BigDecimal kgCo2e) {
        return new RunLine(lineNo, stage, item, kgCo2e, "kg", kgCo2e, "kg", null, item, null, null, null, null,
                null, BigDecimal.ONE, null, null, null, null, null, kgCo2e, BigDecimal.ZERO, null, null, null, null,
                null);
    }

    private static BigDecimal share(int kg, int n) {
        return BigDecimal.valueOf(kg * 100L, 0).divide(BigDecimal.valueOf(n + 1L), 6, RoundingMode.HALF_UP);
    }
}
