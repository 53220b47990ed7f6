package dev.tanji.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.analytics.query.WarehouseQueryException.Code;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCriteriaTest {

    private static final UUID PRODUCT = UUID.fromString("6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f");

    @TempDir
    Path root;

    @Test
    void facilitiesAreComparedForAProductOrACategoryNotNeitherNorBoth() {
        assertThatThrownBy(() -> FacilityCriteria.ofCategory(null, " ", 2024))
                .isInstanceOf(WarehouseQueryException.class)
                .hasMessageContaining("neither")
                .extracting("code").isEqualTo(Code.INVALID_INPUT);
        assertThatThrownBy(() -> new FacilityCriteria(null, PRODUCT, "pumps", 2024, null, null))
                .hasMessageContaining("both")
                .extracting("code").isEqualTo(Code.INVALID_INPUT);
    }

    @Test
    void aGwpSetIsOneOfTheAssessmentReportsInAnyCase() {
        assertThat(FacilityCriteria.ofProduct(null, PRODUCT, 2024).underGwpSet("ar5").gwpSet()).isEqualTo("AR5");
        assertThatThrownBy(() -> FacilityCriteria.ofProduct(null, PRODUCT, 2024).underGwpSet("SAR"))
                .hasMessageContaining("AR4, AR5, AR6")
                .extracting("code").isEqualTo(Code.INVALID_INPUT);
    }

    @Test
    void aTrendRunsForwardInTime() {
        assertThat(TrendCriteria.ofCompany(null).between(2022, 2022).yearTo()).isEqualTo(2022);
        assertThatThrownBy(() -> TrendCriteria.ofCompany(null).between(2024, 2023))
                .hasMessage("The first year (2024) is after the last (2023)")
                .extracting("code").isEqualTo(Code.INVALID_INPUT);
    }

    @Test
    void factorSetsAreComparedTwoDifferentOnes() {
        try (WarehouseQueries queries = Exported.queries(root)) {
            assertThatThrownBy(() -> queries.factorSetComparison(null, PRODUCT, PRODUCT, null))
                    .hasMessageContaining("two different factor sets")
                    .extracting("code").isEqualTo(Code.INVALID_INPUT);
            assertThatThrownBy(() -> queries.factorSetComparison(null, PRODUCT, null, null))
                    .extracting("code").isEqualTo(Code.INVALID_INPUT);
        }
    }

    @Test
    void aBenchmarkNeedsAProductAndAMinimumOfAtLeastOneCompany() {
        try (WarehouseQueries queries = Exported.queries(root)) {
            assertThatThrownBy(() -> queries.benchmark(null, 2024, 5))
                    .extracting("code").isEqualTo(Code.INVALID_INPUT);
            assertThatThrownBy(() -> queries.benchmark(PRODUCT, 2024, 0))
                    .extracting("code").isEqualTo(Code.INVALID_INPUT);
        }
    }

    @Test
    void aDuckDbFailureKeepsItsCode() {
        assertThat(new WarehouseQueryException("DuckDB query failed", null).code())
                .isEqualTo(Code.WAREHOUSE_QUERY_FAILED);
    }
}
