package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataQualityWarningsTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void flagsAFacilityTotalWithoutAllocationAndCountsItAsEntered() {
        Footprint footprint = calculator.calculate(aStudy()
                .facilityTotal(PRODUCTION, "line electricity", "1000", "kWh", factor("0.5", "kg CO2e/kWh"), null)
                .build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("500");
        assertThat(footprint.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("FACILITY_TOTAL_NOT_ALLOCATED");
            assertThat(warning.lineId()).isEqualTo("line electricity");
            assertThat(warning.message()).contains("500.00 kg CO2e");
        });
    }

    @Test
    void flagsALineWorthMoreThanAHundredTimesAllOthers() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "101", "kg", factor("1", "kg CO2e / kg"))
                .rawMaterial("paint", "0.5", "kg", factor("1", "kg CO2e / kg"))
                .rawMaterial("grease", "0.5", "kg", factor("1", "kg CO2e / kg"))
                .build());

        assertThat(footprint.warnings(Warning.CONTRIBUTION_OUTLIER)).singleElement().satisfies(warning -> {
            assertThat(warning.lineId()).isEqualTo("steel");
            assertThat(warning.message()).contains("101.00 kg CO2e", "101 times", "1.00 kg CO2e");
        });
    }

    @Test
    void doesNotFlagALineWorthExactlyAHundredTimesAllOthers() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "100", "kg", factor("1", "kg CO2e / kg"))
                .rawMaterial("paint", "1", "kg", factor("1", "kg CO2e / kg"))
                .build());

        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void doesNotCallTheOnlyLineAnOutlier() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "1000", "kg", factor("1", "kg CO2e / kg")).build());

        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void flagsAFactorMoreThanFiveYearsOlderThanTheInventory() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2022)
                .production("old grid", "1", "kWh", factor("0.9", "kg CO2/kWh").id("grid-2016").from(2016))
                .production("recent grid", "1", "kWh", factor("0.6", "kg CO2/kWh").id("grid-2017").from(2017))
                .production("grid of unknown year", "1", "kWh", factor("0.7", "kg CO2/kWh"))
                .build());

        assertThat(footprint.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("FACTOR_OLDER_THAN_REFERENCE_PERIOD");
            assertThat(warning.lineId()).isEqualTo("old grid");
            assertThat(warning.message()).contains("grid-2016", "2016", "2022", "6.3.5");
        });
    }

    @Test
    void doesNotJudgeFactorAgeWithoutAnInventoryYear() {
        Footprint footprint = calculator.calculate(aStudy()
                .production("old grid", "1", "kWh", factor("0.9", "kg CO2/kWh").from(1990)).build());

        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void flagsAFactorForAnotherRegionThanTheFacility() {
        Footprint footprint = calculator.calculate(aStudy().madeIn("Central China")
                .energy("electricity", "1", "kWh", factor("0.93", "kg CO2e/kWh").in("North China"))
                .energy("local electricity", "1", "kWh", factor("0.8", "kg CO2e/kWh").in("  central china "))
                .energy("steam", "1", "GJ", factor("90", "kg CO2e/GJ"))
                .build());

        assertThat(footprint.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo("FACTOR_REGION_MISMATCH");
            assertThat(warning.lineId()).isEqualTo("electricity");
            assertThat(warning.message()).contains("North China", "Central China");
        });
    }

    @Test
    void doesNotJudgeRegionsWhenTheFacilityRegionIsUnknown() {
        Footprint footprint = calculator.calculate(aStudy()
                .energy("electricity", "1", "kWh", factor("0.93", "kg CO2e/kWh").in("North China")).build());

        assertThat(footprint.warnings()).isEmpty();
    }
}
