package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.analytics.query.WarehouseQueryException.Code;
import dev.tanji.analytics.warehouse.RunBuilder;
import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkQueryTest {

    private static final String HOUSING_UNIT = "1 pump housing, 20.2 kg";

    @TempDir
    Path root;

    private WarehouseQueries queries;

    private final RunRecord acmeGrey = housing("Acme Castings", "grey iron pump housing", "40").build();
    private final RunRecord acmeDuctile = housing("Acme Castings", "ductile pump housing", "30").build();
    private final RunRecord borealisSuperseded = housing("Borealis Pumps", "pump housing", "70")
            .calculatedAt("2025-01-10T08:00:00Z").build();
    private final RunRecord borealis = housing("Borealis Pumps", "pump housing", "50")
            .calculatedAt("2025-02-10T08:00:00Z").build();
    private final RunRecord castell = housing("Castell Guss", "Pumpengehäuse", "20").build();
    private final RunRecord dongfang = housing("Dongfang Pump", "泵壳", "60").build();
    private final RunRecord ebro = housing("Ebro Fundiciones", "carcasa de bomba", "45")
            .category("PUMP HOUSINGS", HOUSING_UNIT).build();
    private final RunRecord heavierUnit = housing("Fonderie Fabre", "carter de pompe", "10")
            .category("pump housings", "1 pump housing, 35 kg").build();
    private final RunRecord otherCategory = housing("Gjuteri Gota", "impeller", "5")
            .category("impellers", HOUSING_UNIT).build();
    private final RunRecord otherYear = housing("Hütte Hamm", "Pumpengehäuse", "1").in(2023).build();

    @AfterEach
    void closeQueries() {
        queries.close();
    }

    @Test
    void placesAProductAmongTheLatestRunsOfItsCategoryAndUnitAcrossCompanies() {
        queries = Exported.queries(root, acmeGrey, acmeDuctile, borealisSuperseded, borealis, castell, dongfang, ebro,
                heavierUnit, otherCategory, otherYear);

        Benchmark benchmark = queries.benchmark(acmeGrey.productId(), 2024, 5);

        // footprints 20, 30, 40, 45, 50, 60: 40 is third of six, (3 - 1) / (6 - 1) = 0.4; quartiles at positions
        // 1.25, 2.5 and 3.75 of 0..5: 30 + 0.25 * 10, 40 + 0.5 * 5, 45 + 0.75 * 5
        assertThat(benchmark).isEqualTo(new Benchmark("pump housings", HOUSING_UNIT, 2024, 5, 6, kg("40"),
                kg("0.4"), kg("32.5"), kg("42.5"), kg("48.75")));
    }

    @Test
    void refusesAGroupOfFourCompaniesEvenWithFiveProducts() {
        queries = Exported.queries(root, acmeGrey, acmeDuctile, borealis, castell, dongfang, heavierUnit,
                otherCategory, otherYear);

        assertThatThrownBy(() -> queries.benchmark(acmeGrey.productId(), 2024, 5))
                .isInstanceOf(WarehouseQueryException.class)
                .hasMessage("A benchmark needs products of at least 5 companies in category 'pump housings' per '"
                        + HOUSING_UNIT + "' for 2024; this group is too small to show without revealing its members")
                .extracting("code").isEqualTo(Code.BENCHMARK_GROUP_TOO_SMALL);
        assertThat(queries.benchmark(acmeGrey.productId(), 2024, 4).companyCount()).isEqualTo(4);
    }

    @Test
    void aProductWithNoRunThatYearIsNotInTheWarehouse() {
        queries = Exported.queries(root, acmeGrey, otherYear);

        assertThatThrownBy(() -> queries.benchmark(otherYear.productId(), 2024, 1))
                .hasMessageContaining("has no run for 2024")
                .extracting("code").isEqualTo(Code.NOT_IN_WAREHOUSE);
        assertThatThrownBy(() -> queries.benchmark(UUID.randomUUID(), 2024, 1))
                .extracting("code").isEqualTo(Code.NOT_IN_WAREHOUSE);
    }

    @Test
    void anEmptyWarehouseHasNothingToBenchmark() {
        queries = Exported.queries(root.resolve("empty"));

        assertThatThrownBy(() -> queries.benchmark(acmeGrey.productId(), 2024, 1))
                .extracting("code").isEqualTo(Code.NOT_IN_WAREHOUSE);
    }

    @Test
    void aProductWithoutACategoryHasNoGroup() {
        RunRecord uncategorised = housing("Acme Castings", "prototype housing", "40").category(null, null).build();
        queries = Exported.queries(root, uncategorised, acmeGrey);

        assertThatThrownBy(() -> queries.benchmark(uncategorised.productId(), 2024, 1))
                .hasMessageContaining("names no category")
                .extracting("code").isEqualTo(Code.BENCHMARK_GROUP_TOO_SMALL);
    }

    private static RunBuilder housing(String company, String product, String kgCo2e) {
        return aRun().of(company, product).at(company + " works").in(2024).category("pump housings", HOUSING_UNIT)
                .total(kgCo2e);
    }

    private static BigDecimal kg(String value) {
        return new BigDecimal(value).setScale(6);
    }
}
