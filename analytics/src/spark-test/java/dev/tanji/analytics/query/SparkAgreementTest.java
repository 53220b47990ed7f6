package dev.tanji.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.tanji.analytics.query.WarehouseQueryException.Code;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spark SQL reading the warehouse's files as they are, running each query's SQL as its resource file has it, answers
 * exactly what {@link WarehouseQueries} answers from DuckDB: every row, every column, in the same order. The runs'
 * ids are random, so the criteria name only companies, products and factor sets, whose ids follow from their names.
 */
@Tag("spark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkAgreementTest {

    /** Decimals equal in value whatever their scale; doubles to 1e-9. */
    private static final RecursiveComparisonConfiguration SAME_FIGURES = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(Comparator.nullsFirst(BigDecimal::compareTo), BigDecimal.class)
            .withComparatorForType(Comparator.nullsFirst((Double a, Double b) -> Math.abs(a - b) <= 1e-9 ? 0
                    : Double.compare(a, b)), Double.class)
            .build();

    private final AgreementRuns runs = new AgreementRuns();
    private WarehouseQueries duckDb;
    private SparkWarehouse spark;

    @BeforeAll
    void writeAndReadWithBoth(@TempDir Path dir) {
        Path root = dir.resolve("warehouse");
        write(root);
        duckDb = new WarehouseQueries(root, new DuckDbSettings("256MB", 2));
        spark = new SparkWarehouse(root, dir.resolve("spark"));
    }

    /** Writes the runs into a warehouse at {@code root}, in a JVM of the server's classpath. */
    void write(Path root) {
        AgreementWarehouse.writeInOwnJvm(root);
    }

    @AfterAll
    void close() {
        if (spark != null) {
            spark.close();
        }
        if (duckDb != null) {
            duckDb.close();
        }
    }

    @ParameterizedTest
    @MethodSource("facilityCriteria")
    void facilitiesAreTheSameFromSparkAsFromDuckDb(FacilityCriteria criteria) {
        List<FacilityFootprint> expected = duckDb.facilities(criteria);

        List<FacilityFootprint> answer = SparkAnswers.facilities(spark.query("facilities",
                criteria.companyId(), criteria.companyId(),
                criteria.productId(), criteria.productId(),
                criteria.category(), criteria.category(),
                criteria.referenceYear(),
                criteria.factorSetId(), criteria.factorSetId(),
                criteria.gwpSet(), criteria.gwpSet()));

        assertThat(expected).isNotEmpty();
        assertThat(answer).usingRecursiveFieldByFieldElementComparator(SAME_FIGURES)
                .containsExactlyElementsOf(expected);
    }

    Stream<Arguments> facilityCriteria() {
        UUID housing = runs.housing2024A.productId();
        return Stream.of(
                arguments("one product at four foundries, two tied", FacilityCriteria.ofProduct(null, housing, 2024)),
                arguments("under one factor set", FacilityCriteria.ofProduct(runs.housing2024A.companyId(), housing,
                        2024).underFactorSet(runs.housing2024A.factorSetId())),
                arguments("under one GWP set", FacilityCriteria.ofProduct(null, housing, 2024).underGwpSet("ar5")),
                arguments("a category in another case", FacilityCriteria.ofCategory(null, "Pump Housings", 2024)),
                arguments("a company's category in 2023", FacilityCriteria.ofCategory(runs.housing2023.companyId(),
                        AgreementRuns.HOUSINGS, 2023)),
                arguments("a lowest below zero", FacilityCriteria.ofCategory(null, "brackets", 2024)),
                arguments("a lowest of zero, a quote in the category",
                        FacilityCriteria.ofCategory(null, AgreementRuns.CAB_PARTS, 2024)));
    }

    @ParameterizedTest
    @MethodSource("trendCriteria")
    void annualTrendsAreTheSameFromSparkAsFromDuckDb(TrendCriteria criteria) {
        List<AnnualChange> expected = duckDb.annualTrend(criteria);

        List<AnnualChange> answer = SparkAnswers.annualTrend(spark.query("annual_trend",
                criteria.companyId(), criteria.companyId(),
                criteria.productId(), criteria.productId(),
                criteria.companyId(), criteria.companyId(),
                criteria.productId(), criteria.productId(),
                criteria.yearFrom(), criteria.yearFrom(),
                criteria.yearTo(), criteria.yearTo()));

        assertThat(expected).isNotEmpty();
        assertThat(answer).usingRecursiveFieldByFieldElementComparator(SAME_FIGURES)
                .containsExactlyElementsOf(expected);
    }

    /** Spark reading the {@code annual_changes} table the exports keep, as {@code annual_changes.sql} does. */
    @ParameterizedTest
    @MethodSource("trendCriteria")
    void annualChangesReadBySparkAreDuckDbsTrend(TrendCriteria criteria) {
        List<AnnualChange> expected = duckDb.annualTrend(criteria);

        List<AnnualChange> answer = SparkAnswers.annualChanges(spark.query("annual_changes",
                criteria.companyId(), criteria.companyId(),
                criteria.productId(), criteria.productId(),
                criteria.yearFrom(), criteria.yearFrom(),
                criteria.yearTo(), criteria.yearTo()));

        assertThat(expected).isNotEmpty();
        assertThat(answer).usingRecursiveFieldByFieldElementComparator(SAME_FIGURES)
                .containsExactlyElementsOf(expected);
    }

    Stream<Arguments> trendCriteria() {
        return Stream.of(
                arguments("every company", TrendCriteria.ofCompany(null)),
                arguments("one company", TrendCriteria.ofCompany(runs.housing2021.companyId())),
                arguments("one product, across a change of GWP set",
                        TrendCriteria.ofCompany(null).forProduct(runs.pump2024A.productId())),
                arguments("one year", TrendCriteria.ofCompany(null).between(2023, 2023)),
                arguments("from a year on", TrendCriteria.ofCompany(null).between(2022, null)));
    }

    @ParameterizedTest
    @MethodSource("factorSetPairs")
    void factorSetComparisonsAreTheSameFromSparkAsFromDuckDb(UUID companyId, UUID setA, UUID setB,
            Integer referenceYear) {
        FactorSetComparison expected = duckDb.factorSetComparison(companyId, setA, setB, referenceYear);

        FactorSetComparison answer = SparkAnswers.factorSetComparison(spark.query("factor_set_comparison",
                setA, setB,
                companyId, companyId,
                referenceYear, referenceYear,
                companyId, companyId));

        assertThat(expected.studies()).isNotEmpty();
        assertThat(answer).usingRecursiveComparison(SAME_FIGURES).isEqualTo(expected);
    }

    Stream<Arguments> factorSetPairs() {
        UUID ecoinvent = runs.housing2024A.factorSetId();
        UUID gabi = runs.housing2024B.factorSetId();
        return Stream.of(
                Arguments.of(named("every company, every year", null), ecoinvent, gabi, null),
                Arguments.of(named("one company", runs.pump2024A.companyId()), ecoinvent, gabi, null),
                Arguments.of(named("one year, a study without lines", null), ecoinvent, gabi, 2023),
                Arguments.of(named("the sets swapped, a total of zero on side A", null), gabi, ecoinvent, 2024));
    }

    @ParameterizedTest
    @MethodSource("benchmarks")
    void benchmarksAreTheSameFromSparkAsFromDuckDb(UUID productId, int referenceYear, int minimumCompanies) {
        Optional<Benchmark> expected;
        Code refusal = null;
        try {
            expected = Optional.of(duckDb.benchmark(productId, referenceYear, minimumCompanies));
        } catch (WarehouseQueryException e) {
            expected = Optional.empty();
            refusal = e.code();
        }

        List<Row> rows = spark.query("benchmark", referenceYear, productId, minimumCompanies);

        if (refusal == Code.NOT_IN_WAREHOUSE) {
            assertThat(rows).isEmpty();
        } else {
            assertThat(refusal).isIn(null, Code.BENCHMARK_GROUP_TOO_SMALL);
            assertThat(rows).hasSize(1);
            assertThat(SparkAnswers.benchmark(rows.get(0), referenceYear)).usingRecursiveComparison(SAME_FIGURES)
                    .isEqualTo(expected);
        }
    }

    Stream<Arguments> benchmarks() {
        return Stream.of(
                Arguments.of(named("five companies, one in capitals", runs.housing2024A.productId()), 2024, 5),
                Arguments.of(named("a product under two factor sets", runs.pump2024A.productId()), 2024, 3),
                Arguments.of(named("the group's highest", runs.dongfang.productId()), 2024, 5),
                Arguments.of(named("a heavier unit, alone", runs.fabre.productId()), 2024, 1),
                Arguments.of(named("two companies, too few", runs.impeller.productId()), 2024, 5),
                Arguments.of(named("no run that year", runs.housing2024A.productId()), 2019, 1));
    }

    @Test
    void valuesWithQuotesAndBackslashesComeBackAsTheyWere() {
        String value = "driver's \"cab\" \\ step; --";

        List<Row> rows = spark.sql("SELECT " + SparkWarehouse.literal(value) + " AS v");

        assertThat(rows.get(0).<String>getAs("v")).isEqualTo(value);
    }

    private static Arguments arguments(String name, Object criteria) {
        return Arguments.of(named(name, criteria));
    }
}
