package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.ENERGY;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.footprint.model.StudyBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.footprint.model.LineQuality.Aspect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each line's data rated on the pedigree scale, 1 best to 5 worst (ISO 14067:2018 6.3.5): time from the factor's
 * year to the reference year, the factor's region against the facility's, and the practitioner's technology
 * rating; the run rated as the lines' ratings weighted by contribution. The plant is in Hubei, on the Central China
 * grid; factor regions are codes, as the factor catalogue stores them.
 */
class DataQualityRatingTest {

    private static final Location HUBEI = Location.of(RegionHierarchy.standard(), "Hubei");

    private final FootprintCalculator calculator = new FootprintCalculator();

    @ParameterizedTest(name = "a {0} factor for 2020 rates {1}")
    @CsvSource({
        "2020, 1",
        "2018, 1",
        "2017, 2",
        "2016, 2",
        "2012, 3",
        "2008, 4",
        "2006, 4",
        "2005, 5",
        "2000, 5",
        "2023, 2"})
    void ratesTimeByTheYearsBetweenTheFactorAndTheReferenceYear(int factorYear, int rating) {
        LineQuality quality = qualityOf(aStudy().referenceYear(2020).at(HUBEI),
                factor("0.5", "kg CO2e / kWh").from(factorYear).inStandardRegion("Hubei"));

        assertThat(quality.temporal()).isEqualTo(rating);
        assertThat(quality.flags().contains(Aspect.TEMPORAL)).isEqualTo(rating >= 3);
    }

    @Test
    void ratesAFactorOfUnknownYearOrAStudyOfUnknownYearFive() {
        assertThat(qualityOf(aStudy().referenceYear(2020).at(HUBEI),
                factor("0.5", "kg CO2e / kWh").inStandardRegion("Hubei")).temporal()).isEqualTo(5);
        assertThat(qualityOf(aStudy().at(HUBEI),
                factor("0.5", "kg CO2e / kWh").from(2020).inStandardRegion("Hubei")).temporal()).isEqualTo(5);
    }

    @ParameterizedTest(name = "a {0} factor for a plant in Hubei rates {1}")
    @CsvSource({
        "Hubei,         1",
        "Central China, 2",
        "China,         2",
        "World,         3"})
    void ratesGeographyByHowFarUpTheHierarchyTheFactorsRegionIs(String region, int rating) {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .energy("electricity", "1", "kWh", factor("0.5", "kg CO2e / kWh").from(2020)
                        .inStandardRegion(region))
                .build());

        LineQuality quality = footprint.line("electricity").orElseThrow().quality();
        assertThat(quality.geographic()).isEqualTo(rating);
        assertThat(quality.flags().contains(Aspect.GEOGRAPHIC)).isEqualTo(rating >= 3);
        assertThat(footprint.warnings(Warning.FACTOR_REGION_MISMATCH)).isEmpty();
    }

    @Test
    void ratesANorthChinaFactorForAPlantInHubeiFiveAndFlagsIt() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .energy("electricity", "1", "kWh", factor("0.93", "kg CO2e / kWh").id("grid-north").from(2020)
                        .inStandardRegion("North China"))
                .build());

        LineQuality quality = footprint.line("electricity").orElseThrow().quality();
        assertThat(quality.geographic()).isEqualTo(5);
        assertThat(quality.flags()).containsExactly(Aspect.GEOGRAPHIC);
        assertThat(footprint.warnings(Warning.FACTOR_REGION_MISMATCH)).singleElement().satisfies(warning -> {
            assertThat(warning.lineId()).isEqualTo("electricity");
            assertThat(warning.message()).contains("grid-north", "6.3.5");
        });
    }

    @Test
    void ratesAFactorNamingNoRegionFiveWithoutCallingItAMismatch() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .energy("electricity", "1", "kWh", factor("0.5", "kg CO2e / kWh").from(2020)).build());

        assertThat(footprint.line("electricity").orElseThrow().quality().geographic()).isEqualTo(5);
        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void judgesAFactorRegionGivenByItsNameAsItsCode() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .energy("electricity", "1", "kWh", factor("0.5", "kg CO2e / kWh").from(2020).in("Central China"))
                .build());

        assertThat(footprint.line("electricity").orElseThrow().quality().geographic()).isEqualTo(2);
        assertThat(footprint.warnings(Warning.FACTOR_REGION_MISMATCH)).isEmpty();
    }

    @Test
    void averagesTimeAndPlaceWhenTheTechnologyIsNotRated() {
        LineQuality quality = qualityOf(aStudy().referenceYear(2020).at(HUBEI),
                factor("0.5", "kg CO2e / kWh").from(2020).inStandardRegion("Central China"));

        assertThat(quality.technology()).isNull();
        assertThat(quality.rating()).isEqualByComparingTo("1.5");
    }

    @Test
    void includesTheTechnologyRatingInTheMeanAndFlagsItFromThree() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .with(item(RAW_MATERIAL_ACQUISITION, "bar stock", "1", "kg").technologyRating(4)
                        .factor(factor("6.8", "kg CO2e / kg").from(2020).inStandardRegion("Central China").build()))
                .build());

        LineQuality quality = footprint.line("bar stock").orElseThrow().quality();
        assertThat(quality.technology()).isEqualTo(4);
        assertThat(quality.rating()).isEqualByComparingTo("2.333333333333333333333333333333333");
        assertThat(quality.flags()).containsExactly(Aspect.TECHNOLOGICAL);
    }

    @Test
    void flagsEveryAspectRatedThreeOrWorse() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .with(item(ENERGY, "steam", "1", "GJ").technologyRating(3)
                        .factor(factor("90", "kg CO2e / GJ").from(2012).inStandardRegion("World").build()))
                .build());

        LineQuality quality = footprint.line("steam").orElseThrow().quality();
        assertThat(quality.temporal()).isEqualTo(3);
        assertThat(quality.geographic()).isEqualTo(3);
        assertThat(quality.flags()).containsExactlyInAnyOrder(Aspect.TEMPORAL, Aspect.GEOGRAPHIC,
                Aspect.TECHNOLOGICAL);
        assertThat(quality.rating()).isEqualByComparingTo("3");
    }

    @Test
    void ratesTheRunAsTheLinesRatingsWeightedByTheirContribution() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).at(HUBEI)
                .with(item(RAW_MATERIAL_ACQUISITION, "steel", "30", "kg").dataType(DataType.PRIMARY)
                        .factor(factor("1", "kg CO2e / kg").from(2020).inStandardRegion("Hubei").build()))
                .with(item(ENERGY, "electricity", "10", "kWh").dataType(DataType.SECONDARY)
                        .factor(factor("1", "kg CO2e / kWh").from(2020).inStandardRegion("North China").build()))
                .with(item(RAW_MATERIAL_ACQUISITION, "paint", "10", "kg").technologyRating(4)
                        .factor(factor("1", "kg CO2e / kg").from(2016).inStandardRegion("China").build()))
                .build());

        assertThat(footprint.line("steel").orElseThrow().quality().rating()).isEqualByComparingTo("1");
        assertThat(footprint.line("electricity").orElseThrow().quality().rating()).isEqualByComparingTo("3");
        assertThat(footprint.line("paint").orElseThrow().quality().rating())
                .isEqualByComparingTo("2.666666666666666666666666666666667");
        assertThat(footprint.quality().rating()).isEqualByComparingTo("1.733333333333333333333333333333333");
        assertThat(footprint.quality().primaryDataSharePercent()).isEqualByComparingTo("60");
    }

    @Test
    void givesARunWithNoEmissionNoRatingAndNoPrimaryShare() {
        Footprint footprint = calculator.calculate(aStudy()
                .with(item(RAW_MATERIAL_ACQUISITION, "scrap", "0", "kg").dataType(DataType.PRIMARY)
                        .factor(factor("2", "kg CO2e / kg").build()))
                .build());

        assertThat(footprint.quality().rating()).isNull();
        assertThat(footprint.quality().primaryDataSharePercent()).isEqualByComparingTo("0");
    }

    @ParameterizedTest(name = "technology rating {0}")
    @ValueSource(ints = {0, 6})
    void refusesATechnologyRatingOffTheOneToFiveScale(int rating) {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .with(item(RAW_MATERIAL_ACQUISITION, "bar stock", "1", "kg").technologyRating(rating)
                        .factor(factor("6.8", "kg CO2e / kg").build()))
                .build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_RATING))
                .hasMessageContaining("'bar stock'")
                .hasMessageContaining(String.valueOf(rating));
    }

    private LineQuality qualityOf(StudyBuilder study, FactorBuilder factor) {
        return calculator.calculate(study.energy("electricity", "1", "kWh", factor).build())
                .line("electricity").orElseThrow().quality();
    }
}
