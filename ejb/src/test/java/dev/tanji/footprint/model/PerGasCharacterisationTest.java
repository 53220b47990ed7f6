package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.FactorBuilder.gases;
import static dev.tanji.footprint.model.GwpTables.AR4;
import static dev.tanji.footprint.model.GwpTables.AR5;
import static dev.tanji.footprint.model.GwpTables.AR6;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.quantity.Gas.CH4_FOSSIL;
import static dev.tanji.quantity.Gas.CH4_NON_FOSSIL;
import static dev.tanji.quantity.Gas.CO2;
import static dev.tanji.quantity.Gas.CO2E;
import static dev.tanji.quantity.Gas.CO2_BIOGENIC;
import static dev.tanji.quantity.Gas.N2O;
import static dev.tanji.quantity.Gas.SF6;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Factors stored per gas are characterised with the study's GWP set (ISO 14067:2018 6.4.9.4), as case B's natural
 * gas combustion (report table 3.2) must be: 2.09 kg CO2, 3.75E-05 kg CH4 and 3.73E-06 kg N2O per m³.
 */
class PerGasCharacterisationTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void characterisesNaturalGasCombustionWithAr4AsTheConveyorReportDoes() {
        Footprint footprint = burning("1", AR4);

        LineResult gas = footprint.line("natural gas").orElseThrow();
        assertThat(gas.factorKgCo2ePerUnit()).isEqualByComparingTo("2.09204904");
        assertThat(gas.factorKgCo2ePerUnit().setScale(4, RoundingMode.HALF_UP)).isEqualByComparingTo("2.0920");
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("2.09204904");
    }

    @ParameterizedTest(name = "{0}: {1} kg CO2e per m³")
    @CsvSource({
        "AR4, 2.09204904",
        "AR5, 2.09211345",
        "AR6, 2.09213579"})
    void recharacterisesTheSameGasAmountsUnderEachAssessmentReport(String set, BigDecimal kgCo2ePerCubicMetre) {
        GwpTable gwp = Map.of("AR4", AR4, "AR5", AR5, "AR6", AR6).get(set);

        assertThat(burning("1", gwp).totalKgCo2e()).isEqualByComparingTo(kgCo2ePerCubicMetre);
        assertThat(naturalGasCombustion().build().kgCo2ePerReferenceUnit(gwp))
                .isEqualByComparingTo(kgCo2ePerCubicMetre);
    }

    @Test
    void givesEachGasOfALineItsMassTheGwpAppliedAndItsCarbonDioxideEquivalent() {
        LineResult gas = burning("0.4", AR4).line("natural gas").orElseThrow();

        assertThat(gas.gases()).extracting(GasResult::gas).containsExactlyInAnyOrder(CO2, CH4_FOSSIL, N2O);
        assertGas(gas, CO2, "0.836", "1", "0.836");
        assertGas(gas, CH4_FOSSIL, "0.000015", "25", "0.000375");
        assertGas(gas, N2O, "0.000001492", "298", "0.000444616");
        assertThat(gas.kgCo2e()).isEqualByComparingTo("0.836819616");
    }

    @Test
    void sumsEachGasOverTheLinesThatEmitIt() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR4)
                .energy("natural gas, boiler", "0.4", "m³", naturalGasCombustion())
                .energy("natural gas, oven", "0.6", "m³", naturalGasCombustion())
                .energy("electricity", "10", "kWh", factor("0.5", "kg CO2 / kWh"))
                .rawMaterial("steel", "2", "kg", factor("3", "kg CO2e / kg"))
                .build());

        assertThat(footprint.gases()).extracting(GasResult::gas).containsExactly(CO2E, CO2, CH4_FOSSIL, N2O);
        assertTotalGas(footprint, CO2, "7.09", "7.09");
        assertTotalGas(footprint, CH4_FOSSIL, "0.0000375", "0.0009375");
        assertTotalGas(footprint, N2O, "0.00000373", "0.00111154");
        assertTotalGas(footprint, CO2E, "6", "6");
        assertThat(footprint.gases()).allSatisfy(total -> assertThat(total.gwp()).isNull());
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("13.09204904");
    }

    @Test
    void leavesAFactorPublishedInCarbonDioxideEquivalentUntouchedByTheGwpSet() {
        FactorBuilder steel = factor("2.05", "t CO2e / t");

        for (GwpTable gwp : new GwpTable[] {AR4, AR5, AR6, GwpTable.co2Only("CO2 only")}) {
            LineResult line = calculator.calculate(aStudy().characterisedWith(gwp)
                    .rawMaterial("grey iron casting", "20.2", "kg", steel).build()).line("grey iron casting")
                    .orElseThrow();

            assertThat(line.kgCo2e()).isEqualByComparingTo("41.41");
            assertThat(line.gases()).singleElement().satisfies(co2e -> {
                assertThat(co2e.gas()).isEqualTo(CO2E);
                assertThat(co2e.gwp()).isEqualByComparingTo("1");
                assertThat(co2e.kgGas()).isEqualByComparingTo("41.41");
            });
        }
    }

    @Test
    void refusesAGasTheStudysGwpSetDoesNotDefine() {
        assertThatThrownBy(() -> calculator.calculate(aStudy().characterisedWith(AR4)
                .production("switchgear leak", "1", "kg", gases("kg / kg").emits(SF6, "0.01")).build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.GWP_NOT_DEFINED))
                .hasMessageContaining("AR4")
                .hasMessageContaining("SF6");
    }

    @Test
    void refusesMethaneUnderACarbonDioxideOnlyTable() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .energy("natural gas", "1", "m³", naturalGasCombustion()).build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.GWP_NOT_DEFINED));
    }

    @Test
    void splitsTheTotalIntoFossilBiogenicAndUnspecifiedOrigins() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR6)
                .energy("biogas", "1", "m³", gases("kg / m³")
                        .emits(CO2, "1").emits(CH4_FOSSIL, "0.01").emits(CH4_NON_FOSSIL, "0.1")
                        .emits(CO2_BIOGENIC, "2").emits(N2O, "0.001"))
                .rawMaterial("steel", "1", "kg", factor("3", "kg CO2e / kg"))
                .build());

        Footprint.OriginSplit origins = footprint.origins();
        assertThat(origins.fossilKgCo2e()).isEqualByComparingTo("1.298");
        assertThat(origins.biogenicKgCo2e()).isEqualByComparingTo("4.7");
        assertThat(origins.unspecifiedKgCo2e()).isEqualByComparingTo("3.273");
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("9.271");
        assertThat(origins.fossilKgCo2e().add(origins.biogenicKgCo2e()).add(origins.unspecifiedKgCo2e()))
                .isEqualByComparingTo(footprint.totalKgCo2e());
    }

    @Test
    void reportsZeroForAnOriginNoGasHas() {
        Footprint.OriginSplit origins = calculator.calculate(aStudy()
                .rawMaterial("steel", "1", "kg", factor("3", "kg CO2e / kg")).build()).origins();

        assertThat(origins.fossilKgCo2e()).isEqualByComparingTo("0");
        assertThat(origins.biogenicKgCo2e()).isEqualByComparingTo("0");
        assertThat(origins.unspecifiedKgCo2e()).isEqualByComparingTo("3");
    }

    @Test
    void appliesAPerGasFactorInGramsPerLitreToCubicMetresByConvertingBothUnits() {
        LineResult line = calculator.calculate(aStudy().characterisedWith(AR4)
                .energy("natural gas", "2", "m³", gases("g / L").emits(CO2, "2.09").emits(N2O, "0.001"))
                .build()).line("natural gas").orElseThrow();

        assertThat(line.amountInFactorUnit()).isEqualTo(Quantity.of("2000", Units.LITRE));
        assertGas(line, CO2, "4.18", "1", "4.18");
        assertGas(line, N2O, "0.002", "298", "0.596");
        assertThat(line.factorKgCo2ePerUnit()).isEqualByComparingTo("0.002388");
        assertThat(line.kgCo2e()).isEqualByComparingTo("4.776");
    }

    private Footprint burning(String cubicMetres, GwpTable gwp) {
        return calculator.calculate(aStudy().characterisedWith(gwp)
                .energy("natural gas", cubicMetres, "m³", naturalGasCombustion()).build());
    }

    /** Case B, report table 3.2: natural gas burnt, kg of each gas per m³. */
    private static FactorBuilder naturalGasCombustion() {
        return gases("kg / m³").named("natural gas combustion")
                .emits(CO2, "2.09").emits(CH4_FOSSIL, "3.75E-05").emits(N2O, "3.73E-06");
    }

    private static void assertGas(LineResult line, Gas gas, String kgGas, String gwp, String kgCo2e) {
        GasResult result = line.gases().stream().filter(g -> g.gas() == gas).findFirst().orElseThrow();
        assertThat(result.kgGas()).as("kg %s", gas).isEqualByComparingTo(kgGas);
        assertThat(result.gwp()).as("GWP of %s", gas).isEqualByComparingTo(gwp);
        assertThat(result.kgCo2e()).as("kg CO2e of %s", gas).isEqualByComparingTo(kgCo2e);
    }

    private static void assertTotalGas(Footprint footprint, Gas gas, String kgGas, String kgCo2e) {
        GasResult total = footprint.gas(gas).orElseThrow();
        assertThat(total.kgGas()).as("kg %s", gas).isEqualByComparingTo(kgGas);
        assertThat(total.kgCo2e()).as("kg CO2e of %s", gas).isEqualByComparingTo(kgCo2e);
    }
}
