package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.analytics.warehouse.RunBuilder;
import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorSetComparisonQueryTest {

    private static final UUID HOUSING_2024 = UUID.fromString("0b0e6b4e-1f52-4f6c-a0a4-2f5d0c6f1a01");
    private static final UUID IMPELLER_2024 = UUID.fromString("0b0e6b4e-1f52-4f6c-a0a4-2f5d0c6f1a02");
    private static final UUID PUMP_2023 = UUID.fromString("0b0e6b4e-1f52-4f6c-a0a4-2f5d0c6f1a03");
    private static final UUID PUMP_2024 = UUID.fromString("0b0e6b4e-1f52-4f6c-a0a4-2f5d0c6f1a04");

    @TempDir
    Path root;

    private WarehouseQueries queries;

    private final RunRecord housingSuperseded = housing().under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2025-01-10T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "40.0")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.0")
            .build();
    private final RunRecord housingA = housing().under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2025-02-10T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.41")
            .build();
    private final RunRecord housingB = housing().under("GaBi", "2024", "AR6")
            .calculatedAt("2025-01-20T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "36.36")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "9.57")
            .line("RAW_MATERIAL_ACQUISITION", "sand core", "2.5", "kg", "0.5")
            .build();
    private final RunRecord impellerA = aRun().of("Acme Castings", "bronze impeller").study(IMPELLER_2024).in(2024)
            .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.4").build();
    private final RunRecord pump2023A = pump(PUMP_2023, 2023).under("ecoinvent", "3.10", "AR6").build();
    private final RunRecord pump2023B = pump(PUMP_2023, 2023).under("GaBi", "2024", "AR6").build();
    private final RunRecord pumpA = pump(PUMP_2024, 2024).under("ecoinvent", "3.10", "AR6")
            .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "10.0").build();
    private final RunRecord pumpB = pump(PUMP_2024, 2024).under("GaBi", "2024", "AR6")
            .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "12.5").build();

    private final UUID ecoinvent = housingA.factorSetId();
    private final UUID gabi = housingB.factorSetId();

    @AfterEach
    void closeQueries() {
        queries.close();
    }

    @Test
    void comparesTheLatestRunOfEachStudyUnderEachSetAndEachOfItsLines() {
        queries = exported();

        FactorSetComparison comparison = queries.factorSetComparison(housingA.companyId(), ecoinvent, gabi, null);

        assertThat(comparison.studies()).containsExactly(new StudyComparison(HOUSING_2024,
                "grey iron pump housing 2024", housingA.productId(), "grey iron pump housing", "Shenyang foundry",
                2024, housingA.runId(), housingB.runId(), kg("46.79"), kg("46.43"), kg("-0.36"), kg("-0.769395")));
        assertThat(comparison.lines()).containsExactly(
                new LineComparison(HOUSING_2024, 1, "RAW_MATERIAL_ACQUISITION", "grey iron",
                        "grey iron (ecoinvent 3.10)", "grey iron (GaBi 2024)", kg("38.38"), kg("36.36"), kg("-2.02")),
                new LineComparison(HOUSING_2024, 2, "PRODUCTION", "electricity, grid",
                        "electricity, grid (ecoinvent 3.10)", "electricity, grid (GaBi 2024)", kg("8.41"), kg("9.57"),
                        kg("1.16")),
                new LineComparison(HOUSING_2024, 3, "RAW_MATERIAL_ACQUISITION", "sand core",
                        null, "sand core (GaBi 2024)", null, kg("0.5"), kg("0.5")));
    }

    @Test
    void swappingTheSetsTurnsTheDeltasAround() {
        queries = exported();

        FactorSetComparison comparison = queries.factorSetComparison(housingA.companyId(), gabi, ecoinvent, 2024);

        assertThat(comparison.studies()).extracting(StudyComparison::deltaKgCo2e).containsExactly(kg("0.36"));
        assertThat(comparison.lines()).extracting(LineComparison::deltaKgCo2e)
                .containsExactly(kg("2.02"), kg("-1.16"), kg("-0.5"));
    }

    @Test
    void everyCompanysStudiesOfAYearForAnAdministrator() {
        queries = exported();

        FactorSetComparison comparison = queries.factorSetComparison(null, ecoinvent, gabi, 2024);

        assertThat(comparison.studies()).extracting(StudyComparison::studyId, StudyComparison::deltaPercent)
                .containsExactly(
                        tuple(PUMP_2024, kg("25")),
                        tuple(HOUSING_2024, kg("-0.769395")));
        assertThat(comparison.lines()).extracting(LineComparison::studyId)
                .containsExactly(PUMP_2024, HOUSING_2024, HOUSING_2024, HOUSING_2024);
        assertThat(queries.factorSetComparison(null, ecoinvent, gabi, null).studies())
                .extracting(StudyComparison::studyId).containsExactly(PUMP_2023, PUMP_2024, HOUSING_2024);
    }

    @Test
    void aStudyWithoutLinesOrAZeroTotalUnderAHasNoPercentButIsStillCompared() {
        queries = Exported.queries(root, pump2023A, pump2023B, pumpA);

        FactorSetComparison comparison = queries.factorSetComparison(null, ecoinvent, gabi, 2023);

        assertThat(comparison.studies()).extracting(StudyComparison::deltaKgCo2e, StudyComparison::deltaPercent)
                .containsExactly(tuple(kg("0"), null));
        assertThat(comparison.lines()).isEmpty();
    }

    @Test
    void eachLineGetsItsOwnTextsWhereTheSameTextIsAnotherLinesItemOrFactor() {
        UUID steel = UUID.fromString("0b0e6b4e-1f52-4f6c-a0a4-2f5d0c6f1a05");
        String item = "钢材 Stahl ü 🏭";
        String itemNamedLikeAFactor = item + " (GaBi 2024)";
        RunRecord steelA = aRun().study(steel).in(2024).under("ecoinvent", "3.10", "AR6")
                .line("RAW_MATERIAL_ACQUISITION", item, "1", "kg", "2.0")
                .line("PRODUCTION", itemNamedLikeAFactor, "1", "kg", "3.0").build();
        RunRecord steelB = aRun().study(steel).in(2024).under("GaBi", "2024", "AR6")
                .line("RAW_MATERIAL_ACQUISITION", item, "1", "kg", "2.5")
                .line("PRODUCTION", itemNamedLikeAFactor, "1", "kg", "3.5").build();
        queries = Exported.queries(root, housingA, housingB, steelA, steelB);

        FactorSetComparison comparison = queries.factorSetComparison(null, steelA.factorSetId(),
                steelB.factorSetId(), 2024);

        assertThat(comparison.lines()).filteredOn(line -> line.studyId().equals(steel)).containsExactly(
                new LineComparison(steel, 1, "RAW_MATERIAL_ACQUISITION", item, item + " (ecoinvent 3.10)",
                        itemNamedLikeAFactor, kg("2.0"), kg("2.5"), kg("0.5")),
                new LineComparison(steel, 2, "PRODUCTION", itemNamedLikeAFactor,
                        itemNamedLikeAFactor + " (ecoinvent 3.10)", itemNamedLikeAFactor + " (GaBi 2024)",
                        kg("3.0"), kg("3.5"), kg("0.5")));
        assertThat(comparison.lines()).filteredOn(line -> line.studyId().equals(HOUSING_2024))
                .extracting(LineComparison::item, LineComparison::factorA)
                .containsExactly(tuple("grey iron", "grey iron (ecoinvent 3.10)"),
                        tuple("electricity, grid", "electricity, grid (ecoinvent 3.10)"),
                        tuple("sand core", null));
    }

    @Test
    void anEmptyWarehouseComparesNothing() {
        queries = Exported.queries(root.resolve("empty"));

        assertThat(queries.factorSetComparison(null, ecoinvent, gabi, null))
                .isEqualTo(new FactorSetComparison(List.of(), List.of()));
    }

    private WarehouseQueries exported() {
        return Exported.queries(root, housingSuperseded, housingA, housingB, impellerA, pump2023A, pump2023B, pumpA,
                pumpB);
    }

    private static RunBuilder housing() {
        return aRun().study(HOUSING_2024).in(2024);
    }

    private static RunBuilder pump(UUID study, int year) {
        return aRun().of("Borealis Pumps", "ductile pump housing").at("Oulu works").study(study).in(year)
                .category("pump housings", "1 pump housing, 20.2 kg");
    }

    private static BigDecimal kg(String value) {
        return new BigDecimal(value).setScale(6);
    }
}
