package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.FactorBuilder.gases;
import static dev.tanji.footprint.model.GwpTables.AR4;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.quantity.Gas.CH4_FOSSIL;
import static dev.tanji.quantity.Gas.CO2;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two defects the conveyor study (case B) shows: a functional unit stated three ways (ISO 14067:2018 6.3.3), and
 * CO2e figures characterised with another GWP set than the study's, which cannot be recharacterised
 * (6.4.9.4).
 */
class FunctionalUnitAndGwpBasisWarningsTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void flagsAFunctionalUnitStatedThreeWaysOnceListingEachWay() {
        Footprint footprint = calculator.calculate(steel().functionalUnit("1 unit", "1 t", "1 km").build());

        assertThat(footprint.warnings(Warning.FUNCTIONAL_UNIT_INCONSISTENT)).singleElement().satisfies(warning -> {
            assertThat(warning.lineId()).isNull();
            assertThat(warning.message()).contains("3 ways", "'1 unit', '1 t', '1 km'", "6.3.3");
        });
    }

    @Test
    void readsStatementsDifferingOnlyInCaseAndSpacingAsOne() {
        Footprint footprint = calculator.calculate(steel().functionalUnit("1 unit", " 1  UNIT ").build());

        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void countsEachDistinctStatementOnceAndIgnoresBlankOnes() {
        Footprint footprint = calculator.calculate(steel()
                .functionalUnit("1台阀门驱动装置", "", "1 套阀门", "1台阀门驱动装置", "  ").build());

        assertThat(footprint.warnings(Warning.FUNCTIONAL_UNIT_INCONSISTENT)).singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("2 ways", "'1台阀门驱动装置', '1 套阀门'"));
    }

    @Test
    void doesNotFlagAStudyWithOneStatementOrNone() {
        assertThat(calculator.calculate(steel().functionalUnit("1 unit").build()).warnings()).isEmpty();
        assertThat(calculator.calculate(steel().build()).warnings()).isEmpty();
    }

    @Test
    void flagsACarbonDioxideEquivalentFactorCharacterisedWithAr5InAnAr4Study() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR4)
                .rawMaterial("paint", "6.77", "kg", factor("1.0798", "kg CO2e / kg").id("ecoinvent-paint")
                        .characterisedWith("AR5"))
                .build());

        assertThat(footprint.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(Warning.FACTOR_GWP_BASIS_DIFFERS);
            assertThat(warning.lineId()).isEqualTo("paint");
            assertThat(warning.message()).contains("ecoinvent-paint", "AR5", "AR4", "6.4.9.4");
        });
    }

    @Test
    void doesNotFlagAPerGasFactorWhateverSetItsPublisherUsed() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR4)
                .energy("natural gas", "1", "m³", gases("kg / m³").emits(CO2, "2.09").emits(CH4_FOSSIL, "3.75E-05")
                        .characterisedWith("AR5"))
                .energy("electricity", "1", "kWh", factor("0.5", "kg CO2 / kWh").characterisedWith("AR5"))
                .build());

        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void doesNotFlagAFactorCharacterisedWithTheStudysOwnSetOrNamingNone() {
        Footprint footprint = calculator.calculate(aStudy().characterisedWith(AR4)
                .rawMaterial("paint", "1", "kg", factor("1.0798", "kg CO2e / kg").characterisedWith(" ar4 "))
                .rawMaterial("steel", "1", "kg", factor("2.63", "kg CO2e / kg"))
                .build());

        assertThat(footprint.warnings()).isEmpty();
    }

    private static StudyBuilder steel() {
        return aStudy().rawMaterial("steel", "1", "kg", factor("2", "kg CO2e / kg"));
    }
}
