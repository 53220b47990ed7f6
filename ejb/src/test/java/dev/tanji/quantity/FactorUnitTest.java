package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.FactorUnit.Gas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FactorUnitTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "kg CO2e / kg|kg|CO2E|kg",
        "t CO2e/t|t|CO2E|t",
        "kg CO2e/t·km|kg|CO2E|t·km",
        "kg CO2/kWh|kg|CO2|kWh",
        "kg CO2e/piece|kg|CO2E|piece",
        "tCO2/MWh|t|CO2|MWh",
        "kgCO2e/kg|kg|CO2E|kg",
        "kg CO2-eq / t km|kg|CO2E|t·km",
        "kg CO₂e per m³|kg|CO2E|m³",
        "g co2e/kwh|g|CO2E|kWh"})
    void readsTheWaysStudiesWriteFactorUnits(String text, String emission, Gas gas, String reference) {
        FactorUnit unit = FactorUnit.parse(text);

        assertThat(unit.emissionUnit().symbol()).isEqualTo(emission);
        assertThat(unit.gas()).isEqualTo(gas);
        assertThat(unit.referenceUnit().symbol()).isEqualTo(reference);
    }

    @Test
    void keepsTheNumberWhenTonnesPerTonneBecomeKilogramsPerKilogram() {
        assertThat(FactorUnit.parse("t CO2e / t").kgCo2ePer(Units.KILOGRAM)).isEqualByComparingTo("1");
    }

    @Test
    void multipliesByAThousandWhenTonnesPerKilogramBecomeKilogramsPerKilogram() {
        assertThat(FactorUnit.parse("t CO2e / kg").kgCo2ePer(Units.KILOGRAM)).isEqualByComparingTo("1000");
    }

    @Test
    void normalisesTheReferenceUnitToo() {
        assertThat(FactorUnit.parse("kg CO2e / t").kgCo2ePer(Units.KILOGRAM)).isEqualByComparingTo("0.001");
        assertThat(FactorUnit.parse("kg CO2 / kWh").kgCo2ePer(Units.MEGAWATT_HOUR)).isEqualByComparingTo("1000");
        assertThat(FactorUnit.parse("t CO2 / MWh").kgCo2ePer(Units.KILOWATT_HOUR)).isEqualByComparingTo("1");
        assertThat(FactorUnit.parse("kg CO2e / MJ").kgCo2ePer(Units.KILOWATT_HOUR)).isEqualByComparingTo("3.6");
        assertThat(FactorUnit.parse("kg CO2e / t·km").kgCo2ePer(Units.KILOGRAM_KILOMETRE))
                .isEqualByComparingTo("0.001");
    }

    @Test
    void refusesToExpressAFactorPerKilowattHourPerKilogram() {
        assertThatThrownBy(() -> FactorUnit.parse("kg CO2e / kWh").kgCo2ePer(Units.KILOGRAM))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot apply a factor per kWh to an amount in kg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg / kg", "kg CO2e", "kg CH4 / kg", "CO2e / kg", "kg CO2e / furlong"})
    void refusesWhatIsNotAMassOfCarbonDioxidePerUnit(String text) {
        assertThatThrownBy(() -> FactorUnit.parse(text))
                .isInstanceOfSatisfying(UnknownUnitException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_UNIT"));
    }

    @Test
    void refusesAnEmissionThatIsNotAMass() {
        assertThatThrownBy(() -> FactorUnit.parse("kWh CO2e / kg"))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("must be a mass");
    }

    @Test
    void printsItselfCompactly() {
        assertThat(FactorUnit.parse("t CO2e / t·km")).hasToString("t CO2e/t·km");
        assertThat(FactorUnit.parse(FactorUnit.parse("tCO2/MWh").toString()).gas()).isEqualTo(Gas.CO2);
    }
}
