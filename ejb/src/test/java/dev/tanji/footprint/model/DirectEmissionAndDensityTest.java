package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.GwpTables.AR4;
import static dev.tanji.footprint.model.LifeCycleStage.DIRECT_EMISSIONS;
import static dev.tanji.footprint.model.LifeCycleStage.ENERGY;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.footprint.model.StudyBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.Density;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.Units;
import org.junit.jupiter.api.Test;

/**
 * Gases a study emits itself (welding CO2, on-site combustion) and amounts given as a volume against a factor per
 * mass, or back, through the line's density. Case B bought 9.88 m³ of welding CO2, at 1.977 kg/m³ (0 °C, 1 atm).
 */
class DirectEmissionAndDensityTest {

    private static final Density CO2_AT_NORMAL_CONDITIONS = Density.kgPerCubicMetre("1.977");

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void weighsWeldingCarbonDioxideBoughtByVolumeAndCountsItsMassAsEmitted() {
        Footprint footprint = calculator.calculate(aStudy()
                .with(weldingCo2("9.88", "m³").density(CO2_AT_NORMAL_CONDITIONS)).build());

        LineResult welding = footprint.line("welding CO2").orElseThrow();
        assertThat(welding.amountInFactorUnit()).isEqualTo(Quantity.of("19.53276", Units.KILOGRAM));
        assertThat(welding.factorKgCo2ePerUnit()).isEqualByComparingTo("1");
        assertThat(welding.kgCo2e()).isEqualByComparingTo("19.53276");
        assertThat(welding.gases()).singleElement().satisfies(co2 -> {
            assertThat(co2.gas()).isEqualTo(Gas.CO2);
            assertThat(co2.kgGas()).isEqualByComparingTo("19.53276");
        });
        assertThat(footprint.origins().fossilKgCo2e()).isEqualByComparingTo("19.53276");
    }

    @Test
    void characterisesADirectlyEmittedGasWithTheStudysGwpSet() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR4)
                .with(item(DIRECT_EMISSIONS, "digester methane leak", "2", "kg")
                        .factor(EmissionFactor.direct(Gas.CH4_FOSSIL))).build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("50");
    }

    @Test
    void ratesADirectEmissionAsMeasuredHereAndNow() {
        Footprint footprint = calculator.calculate(aStudy().referenceYear(2020).madeIn("Hubei")
                .with(weldingCo2("10", "kg")).build());

        LineQuality quality = footprint.line("welding CO2").orElseThrow().quality();
        assertThat(quality.temporal()).isEqualTo(1);
        assertThat(quality.geographic()).isEqualTo(1);
        assertThat(quality.flags()).isEmpty();
        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void refusesAVolumeOfGasWithoutADensityNamingBothUnitsAndAskingForIt() {
        assertThatThrownBy(() -> calculator.calculate(aStudy().with(weldingCo2("9.88", "m³")).build()))
                .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNIT_MISMATCH");
                    assertThat(e.expected()).isEqualTo(Units.KILOGRAM);
                    assertThat(e.actual()).isEqualTo(Units.CUBIC_METRE);
                })
                .hasMessageContaining("'welding CO2'")
                .hasMessageContaining("9.88 m³")
                .hasMessageContaining("kg")
                .hasMessageContaining("density");
    }

    @Test
    void weighsLitresOfDieselForAFactorPerKilogram() {
        LineResult diesel = calculator.calculate(aStudy()
                .with(item(PRODUCTION, "forklift diesel", "10", "L").density(Density.kgPerCubicMetre("832"))
                        .factor(factor("3.2", "kg CO2e / kg").build())).build())
                .line("forklift diesel").orElseThrow();

        assertThat(diesel.amount()).isEqualTo(Quantity.of("10", Units.LITRE));
        assertThat(diesel.amountInFactorUnit()).isEqualTo(Quantity.of("8.32", Units.KILOGRAM));
        assertThat(diesel.kgCo2e()).isEqualByComparingTo("26.624");
    }

    @Test
    void turnsKilogramsIntoCubicMetresForAFactorPerCubicMetreByDividingByTheDensity() {
        LineResult shieldingGas = calculator.calculate(aStudy()
                .with(item(ENERGY, "shielding gas", "19.77", "kg").density(CO2_AT_NORMAL_CONDITIONS)
                        .factor(factor("2", "kg CO2e / m³").build())).build())
                .line("shielding gas").orElseThrow();

        assertThat(shieldingGas.amountInFactorUnit()).isEqualTo(Quantity.of("10", Units.CUBIC_METRE));
        assertThat(shieldingGas.kgCo2e()).isEqualByComparingTo("20");
    }

    @Test
    void roundsAVolumeThatDoesNotTerminateToThirtyFourSignificantDigits() {
        LineResult solvent = calculator.calculate(aStudy()
                .with(item(PRODUCTION, "solvent", "1", "kg").density(Density.kgPerCubicMetre("0.75"))
                        .factor(factor("3", "kg CO2e / m³").build())).build())
                .line("solvent").orElseThrow();

        assertThat(solvent.amountInFactorUnit().value()).isEqualByComparingTo("1.333333333333333333333333333333333");
        assertThat(solvent.kgCo2e()).isEqualByComparingTo("3.999999999999999999999999999999999");
    }

    @Test
    void ignoresADensityBetweenUnitsOfOneDimension() {
        LineResult steel = calculator.calculate(aStudy()
                .with(item(PRODUCTION, "steel", "1.2", "t").density(Density.kgPerCubicMetre("7850"))
                        .factor(factor("2.63", "kg CO2e / kg").build())).build())
                .line("steel").orElseThrow();

        assertThat(steel.amountInFactorUnit()).isEqualTo(Quantity.of("1200", Units.KILOGRAM));
        assertThat(steel.kgCo2e()).isEqualByComparingTo("3156");
    }

    @Test
    void stillRefusesAnEnergyAmountForAFactorPerMassWhateverTheDensity() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .with(item(PRODUCTION, "steam", "5", "GJ").density(Density.kgPerCubicMetre("0.6"))
                        .factor(factor("1", "kg CO2e / kg").build())).build()))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot apply a factor per kg to an amount in GJ");
    }

    private static InventoryLine.Builder weldingCo2(String amount, String unit) {
        return item(ENERGY, "welding CO2", amount, unit).factor(EmissionFactor.direct(Gas.CO2));
    }
}
