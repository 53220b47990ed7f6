package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacilitiesQueryTest {

    @TempDir
    Path root;

    private WarehouseQueries queries;

    private final RunRecord shenyangSuperseded = aRun().at("Shenyang foundry").in(2024)
            .calculatedAt("2025-01-10T08:00:00Z").total("42").build();
    private final RunRecord shenyangGabi = aRun().at("Shenyang foundry").in(2024).under("GaBi", "2024", "AR5")
            .calculatedAt("2025-01-20T08:00:00Z").total("36").build();
    private final RunRecord shenyang = aRun().at("Shenyang foundry").in(2024)
            .calculatedAt("2025-02-10T08:00:00Z").total("40").build();
    private final RunRecord shenyang2023 = aRun().at("Shenyang foundry").in(2023).total("39").build();
    private final RunRecord dalian = aRun().at("Dalian foundry").in(2024).total("50").build();
    private final RunRecord wuxi = aRun().at("Wuxi plant").in(2024).total("45.5").build();
    private final RunRecord oulu = aRun().of("Borealis Pumps", "ductile pump housing").at("Oulu works").in(2024)
            .category("Pump Housings", "1 pump housing, 20.2 kg").total("30").build();
    private final RunRecord impeller = aRun().of("Acme Castings", "bronze impeller").in(2024)
            .category("impellers", "1 impeller").total("12.4").build();

    @AfterEach
    void closeQueries() {
        queries.close();
    }

    @Test
    void ranksTheLatestRunOfAProductAtEachFacilityFromTheLowest() {
        queries = exported();

        List<FacilityFootprint> footprints = queries.facilities(FacilityCriteria.ofProduct(
                shenyang.companyId(), shenyang.productId(), 2024));

        assertThat(footprints).containsExactly(
                row(shenyang, "40.000000", 1, "0.000000"),
                row(wuxi, "45.500000", 2, "13.750000"),
                row(dalian, "50.000000", 3, "25.000000"));
    }

    @Test
    void aCategoryIsMatchedWhateverItsCaseAndEachProductIsRankedOnItsOwn() {
        queries = exported();

        List<FacilityFootprint> footprints = queries.facilities(
                FacilityCriteria.ofCategory(null, "PUMP housings", 2024));

        assertThat(footprints).extracting(FacilityFootprint::product, FacilityFootprint::facility,
                FacilityFootprint::rank).containsExactly(
                        tuple("ductile pump housing", "Oulu works", 1),
                        tuple("grey iron pump housing", "Shenyang foundry", 1),
                        tuple("grey iron pump housing", "Wuxi plant", 2),
                        tuple("grey iron pump housing", "Dalian foundry", 3));
    }

    @Test
    void aCompanySeesOnlyItsOwnFacilities() {
        queries = exported();

        List<FacilityFootprint> footprints = queries.facilities(FacilityCriteria.ofCategory(
                oulu.companyId(), "pump housings", 2024));

        assertThat(footprints).containsExactly(row(oulu, "30.000000", 1, "0.000000"));
    }

    @Test
    void aFactorSetOrGwpSetFilterPicksTheLatestRunUnderIt() {
        queries = exported();
        FacilityCriteria housing = FacilityCriteria.ofProduct(null, shenyang.productId(), 2024);

        assertThat(queries.facilities(housing.underFactorSet(shenyangGabi.factorSetId())))
                .containsExactly(row(shenyangGabi, "36.000000", 1, "0.000000"));
        assertThat(queries.facilities(housing.underGwpSet("ar5")))
                .containsExactly(row(shenyangGabi, "36.000000", 1, "0.000000"));
        assertThat(queries.facilities(housing.underGwpSet("AR6"))).extracting(FacilityFootprint::runId)
                .containsExactly(shenyang.runId(), wuxi.runId(), dalian.runId());
    }

    @Test
    void aLowestOfZeroHasNoPercentDifference() {
        RunRecord zero = aRun().at("Solar works").in(2024).total("0").build();
        queries = Exported.queries(root, zero, dalian);

        assertThat(queries.facilities(FacilityCriteria.ofProduct(null, zero.productId(), 2024)))
                .extracting(FacilityFootprint::differenceFromLowestPercent)
                .containsExactly(null, null);
    }

    @Test
    void anEmptyWarehouseHasNoFacilities() {
        queries = Exported.queries(root.resolve("empty"));

        assertThat(queries.facilities(FacilityCriteria.ofCategory(null, "pump housings", 2024))).isEmpty();
    }

    private WarehouseQueries exported() {
        return Exported.queries(root, shenyangSuperseded, shenyangGabi, shenyang, shenyang2023, dalian, wuxi, oulu,
                impeller);
    }

    private static FacilityFootprint row(RunRecord run, String kgCo2e, int rank, String differencePercent) {
        return new FacilityFootprint(run.companyId(), run.productId(), run.product(), run.category(),
                run.functionalUnit(), run.facilityId(), run.facility(), run.referenceYear(), run.runId(),
                run.factorSet(), run.factorSetVersion(), run.gwpSet(), new BigDecimal(kgCo2e), rank,
                new BigDecimal(differencePercent));
    }
}
