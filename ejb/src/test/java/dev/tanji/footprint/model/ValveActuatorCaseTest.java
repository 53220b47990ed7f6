package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.DISTRIBUTION;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_TRANSPORT;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Acceptance case A: valve electric actuator, cradle-to-gate, 2022 (shared/cases/seed-a-valve-actuator.md). */
class ValveActuatorCaseTest {

    private static final BigDecimal KG_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.01");
    private static final String PRODUCTION_ELECTRICITY = "electricity, whole actuator line, 2022";

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void reproducesThePublishedStagesTotalAndShares() {
        Footprint footprint = calculator.calculate(valveActuator("16345"));

        assertStage(footprint, RAW_MATERIAL_ACQUISITION, "385.997", "96.03");
        assertStage(footprint, RAW_MATERIAL_TRANSPORT, "1.216", "0.30");
        assertStage(footprint, PRODUCTION, "12.200", "3.04");
        assertStage(footprint, DISTRIBUTION, "2.531", "0.63");
        assertThat(footprint.totalKgCo2e()).isCloseTo(new BigDecimal("401.95"), within(KG_TOLERANCE));
    }

    @Test
    void sumsTheMaterialAndTransportStagesExactly() {
        Footprint footprint = calculator.calculate(valveActuator("16345"));

        assertThat(footprint.stage(RAW_MATERIAL_ACQUISITION).orElseThrow().kgCo2e()).isEqualByComparingTo("385.997408");
        assertThat(footprint.stage(RAW_MATERIAL_TRANSPORT).orElseThrow().kgCo2e()).isEqualByComparingTo("1.215840942");
        assertThat(footprint.stage(DISTRIBUTION).orElseThrow().kgCo2e()).isEqualByComparingTo("2.5308");
    }

    @Test
    void convertsFactorsInTonnesPerTonneRatherThanAssumingThem() {
        Footprint footprint = calculator.calculate(valveActuator("16345"));

        LineResult greyIron = footprint.line("grey iron casting").orElseThrow();
        assertThat(greyIron.amountInFactorUnit()).isEqualTo(Quantity.of("0.0202", Units.TONNE));
        assertThat(greyIron.factorKgCo2ePerUnit()).isEqualByComparingTo("2050");
        assertThat(greyIron.kgCo2e()).isEqualByComparingTo("41.41");
        LineResult barStock = footprint.line("bar stock").orElseThrow();
        assertThat(barStock.amountInFactorUnit()).isEqualTo(Quantity.of("0.613", Units.KILOGRAM));
        assertThat(barStock.kgCo2e()).isEqualByComparingTo("4.1684");
    }

    @Test
    void sharesTheAnnualElectricityOverTheAnnualOutput() {
        Footprint footprint = calculator.calculate(valveActuator("16345"));

        LineResult electricity = footprint.line(PRODUCTION_ELECTRICITY).orElseThrow();
        assertThat(electricity.allocationFraction()).isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal("16345"), java.math.MathContext.DECIMAL128));
        assertThat(electricity.kgCo2e()).isCloseTo(new BigDecimal("12.20004"), within(new BigDecimal("0.000005")));
        assertThat(footprint.warnings(Warning.FACILITY_TOTAL_NOT_ALLOCATED)).isEmpty();
        assertThat(footprint.warnings(Warning.CONTRIBUTION_OUTLIER)).isEmpty();
    }

    @Test
    void flagsThe2012GridFactorUsedFor2022Production() {
        Footprint footprint = calculator.calculate(valveActuator("16345"));

        assertThat(footprint.warnings()).extracting(Warning::code, Warning::lineId)
                .containsExactly(tuple("FACTOR_OLDER_THAN_REFERENCE_PERIOD", PRODUCTION_ELECTRICITY));
    }

    @Test
    void flagsTheAnnualElectricityEnteredWithoutAnOutputAsAnOutlier() {
        Footprint footprint = calculator.calculate(valveActuator(null));

        LineResult electricity = footprint.line(PRODUCTION_ELECTRICITY).orElseThrow();
        assertThat(electricity.kgCo2e()).isEqualByComparingTo("199409.65");
        assertThat(footprint.warnings()).extracting(Warning::code, Warning::lineId).containsExactly(
                tuple("FACILITY_TOTAL_NOT_ALLOCATED", PRODUCTION_ELECTRICITY),
                tuple("CONTRIBUTION_OUTLIER", PRODUCTION_ELECTRICITY),
                tuple("FACTOR_OLDER_THAN_REFERENCE_PERIOD", PRODUCTION_ELECTRICITY));
        assertThat(footprint.warnings(Warning.FACILITY_TOTAL_NOT_ALLOCATED).get(0).message())
                .contains("199,409.65 kg CO2e");
        assertThat(footprint.warnings(Warning.CONTRIBUTION_OUTLIER).get(0).message()).contains("512 times");
    }

    private static void assertStage(Footprint footprint, LifeCycleStage stage, String kgCo2e, String sharePercent) {
        StageResult result = footprint.stage(stage).orElseThrow();
        assertThat(result.kgCo2e()).as(stage + " kg CO2e").isCloseTo(new BigDecimal(kgCo2e), within(KG_TOLERANCE));
        assertThat(result.sharePercent()).as(stage + " share")
                .isCloseTo(new BigDecimal(sharePercent), within(SHARE_TOLERANCE));
    }

    /** The study's inventory per actuator; a null {@code annualOutput} leaves the annual electricity unallocated. */
    private static Inventory valveActuator(String annualOutput) {
        FactorBuilder roadFreight = factor("0.074", "kg CO2e / t·km").id("cpcd-road-freight")
                .named("CPCD road freight average").source("CPCD");
        FactorBuilder northChinaGrid2012 = factor("0.8843", "kg CO2 / kWh").id("north-china-grid-2012")
                .named("2012 North China regional grid average").from(2012).in("North China");
        return aStudy().referenceYear(2022).madeIn("North China")
                .rawMaterial("grey iron casting", "20.2", "kg", factor("2.05", "t CO2e / t").source("CPCD"))
                .rawMaterial("aluminium alloy casting", "6.13", "kg", factor("0.72", "t CO2e / t"))
                .rawMaterial("bar stock", "0.613", "kg", factor("6.8", "kg CO2e / kg"))
                .rawMaterial("cutting emulsion", "0.0294", "kg", factor("6.02", "t CO2e / t"))
                .rawMaterial("lithium grease", "0.667", "kg", factor("5.26", "kg CO2e / kg"))
                .rawMaterial("electric motor", "1", "piece", factor("332.32", "kg CO2e / piece"))
                .transport("grey iron casting, road", "10.1", "t·km", roadFreight)
                .transport("aluminium alloy casting, road", "0.491", "t·km", roadFreight)
                .transport("bar stock, road", "0.0184", "t·km", roadFreight)
                .transport("emulsion, road", "0.000883", "t·km", roadFreight)
                .transport("grease, road", "0.02", "t·km", roadFreight)
                .transport("motor, road", "5.8", "t·km", roadFreight)
                .facilityTotal(PRODUCTION, PRODUCTION_ELECTRICITY, "225500", "kWh", northChinaGrid2012, annualOutput)
                .distribution("actuator, road", "34.2", "t·km", roadFreight)
                .build();
    }
}
