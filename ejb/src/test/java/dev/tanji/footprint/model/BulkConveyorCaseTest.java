package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.DIRECT_EMISSIONS;
import static dev.tanji.footprint.model.LifeCycleStage.ENERGY;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance case B: bulk material conveyor, cradle-to-gate, 2020 (shared/cases/seed-b-bulk-conveyor.md). Factors
 * the report does not print are the ones its figures imply.
 */
class BulkConveyorCaseTest {

    private static final BigDecimal KG_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.01");

    private final Footprint footprint = new FootprintCalculator().calculate(bulkConveyor());

    @ParameterizedTest(name = "{0}: {1} kg CO2e, {2} %")
    @CsvSource({
        "electricity,      193.92,  5.674",
        "natural gas,        0.11,  0.003",
        "water,             28.73,  0.841",
        "steel,           3156.00, 92.338",
        "electric motor,     3.53,  0.103",
        "gear reducer,       3.53,  0.103",
        "paint,              7.31,  0.214",
        "carbon dioxide,    19.73,  0.577",
        "direct emissions,   5.02,  0.147"})
    void reproducesThePublishedFigureOfEachItem(String item, BigDecimal kgCo2e, BigDecimal sharePercent) {
        LineResult line = footprint.line(item).orElseThrow();

        assertThat(line.kgCo2e()).isCloseTo(kgCo2e, within(KG_TOLERANCE));
        assertThat(line.sharePercent()).isCloseTo(sharePercent, within(SHARE_TOLERANCE));
    }

    @Test
    void reproducesThePublishedTotal() {
        assertThat(footprint.totalKgCo2e()).isCloseTo(new BigDecimal("3417.89"), within(KG_TOLERANCE));
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("3417.884746");
    }

    @Test
    void reproducesThePublishedSharesByProcess() {
        assertThat(footprint.stages()).extracting(StageResult::stage)
                .containsExactly(RAW_MATERIAL_ACQUISITION, ENERGY, DIRECT_EMISSIONS);
        assertThat(share(RAW_MATERIAL_ACQUISITION)).isCloseTo(new BigDecimal("92.758"), within(SHARE_TOLERANCE));
        assertThat(share(ENERGY)).isCloseTo(new BigDecimal("7.095"), within(SHARE_TOLERANCE));
        assertThat(share(DIRECT_EMISSIONS)).isCloseTo(new BigDecimal("0.147"), within(SHARE_TOLERANCE));
    }

    @Test
    void multipliesTonnesOfSteelByAFactorPerTonne() {
        LineResult steel = footprint.line("steel").orElseThrow();

        assertThat(steel.factorKgCo2ePerUnit()).isEqualByComparingTo("2630");
        assertThat(steel.kgCo2e()).isEqualByComparingTo("3156");
    }

    @Test
    void flagsTheNorthChinaGridFactorForAPlantInCentralChinaAndThe2013GasFactor() {
        assertThat(footprint.warnings()).extracting(Warning::code, Warning::lineId).containsExactly(
                tuple("FACTOR_REGION_MISMATCH", "electricity"),
                tuple("FACTOR_OLDER_THAN_REFERENCE_PERIOD", "natural gas"));
    }

    /**
     * The plant is in Yidu, Hubei: judged with the standard regions, a grid factor for North China is another region
     * while a freight factor for all of China contains the plant. (Compared as literal text, "China" is not "Central
     * China" and the freight factor was flagged too.) Factor regions are codes, as the factor catalogue stores them;
     * the freight leg is not in the published inventory.
     */
    @Test
    void flagsTheNorthChinaGridFactorButNotAChinaWideFreightFactorForAPlantInHubei() {
        Footprint inHubei = new FootprintCalculator().calculate(aStudy().referenceYear(2020)
                .at(Location.of(RegionHierarchy.standard(), "Hubei", "Central China"))
                .energy("electricity", "208.52", "kWh", factor("0.93", "kg CO2e / kWh").id("grid-north-china")
                        .from(2019).inStandardRegion("North China"))
                .transport("steel, road", "60", "t·km", factor("0.074", "kg CO2e / t·km").id("road-freight-china")
                        .from(2019).inStandardRegion("China"))
                .build());

        assertThat(inHubei.warnings()).extracting(Warning::code, Warning::lineId)
                .containsExactly(tuple("FACTOR_REGION_MISMATCH", "electricity"));
        assertThat(inHubei.warnings().get(0).message()).contains("grid-north-china");
        assertThat(inHubei.line("electricity").orElseThrow().quality().geographic()).isEqualTo(5);
        assertThat(inHubei.line("steel, road").orElseThrow().quality().geographic()).isEqualTo(2);
    }

    private BigDecimal share(LifeCycleStage stage) {
        return footprint.stage(stage).orElseThrow().sharePercent();
    }

    private static Inventory bulkConveyor() {
        return aStudy().referenceYear(2020).madeIn("Central China")
                .energy("electricity", "208.52", "kWh",
                        factor("0.93", "kg CO2e / kWh").id("grid-north-china").from(2019).in("North China"))
                .energy("natural gas", "0.4", "m³",
                        factor("0.2786", "kg CO2e / m³").id("clcd-natural-gas-2013").from(2013))
                .energy("water", "2.33", "t", factor("12.33", "kg CO2e / t"))
                .rawMaterial("steel", "1.2", "t", factor("2630", "kg CO2e / t"))
                .rawMaterial("electric motor", "0.21", "piece", factor("16.81", "kg CO2e / piece"))
                .rawMaterial("gear reducer", "0.21", "台", factor("16.81", "kg CO2e / 台"))
                .rawMaterial("paint", "6.77", "kg", factor("1.0798", "kg CO2e / kg"))
                .energy("carbon dioxide", "9.88", "m3", factor("1.997", "kg CO2e / m3"))
                .directEmission("direct emissions", "5.02", "kg", factor("1", "kg CO2e / kg"))
                .build();
    }
}
