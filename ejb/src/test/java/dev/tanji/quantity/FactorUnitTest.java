package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FactorUnitTest {

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "kg CO2e / kg|kg|CO2E|kg",
        "t CO2e/t|t|CO2E|t",
        "kgCO2e/t|kg|CO2E|t",
        "kg CO2e/t·km|kg|CO2E|t·km",
        "kgCO2e/(t·km)|kg|CO2E|t·km",
        "kg CO2 / kWh|kg|CO2|kWh",
        "kgCO2/kWh|kg|CO2|kWh",
        "tCO2/MWh|t|CO2|MWh",
        "kgCO2e per piece|kg|CO2E|piece",
        "kg CO2e/piece|kg|CO2E|piece",
        "kg CH4 / m3|kg|CH4|m³",
        "g N2O / mmBtu|g|N2O|mmBtu",
        "gCH4/mmBtu|g|CH4|mmBtu",
        "kg CO2e / Nm3|kg|CO2E|m³",
        "kgCO2/Nm3|kg|CO2|m³",
        "kgCO2e/litre|kg|CO2E|L",
        "kg CO2-eq / MWh|kg|CO2E|MWh",
        "kg CO2-eq / t km|kg|CO2E|t·km",
        "kg CO₂e / kg|kg|CO2E|kg",
        "kg CO₂e per m³|kg|CO2E|m³",
        "g co2e/kwh|g|CO2E|kWh",
        "tonne CO2e / t|t|CO2E|t"})
    void readsTheWaysStudiesWriteFactorUnits(String text, String emission, Gas gas, String reference) {
        FactorUnit unit = FactorUnit.parse(text);

        assertThat(unit.emissionUnit().symbol()).isEqualTo(emission);
        assertThat(unit.gas()).isEqualTo(gas);
        assertThat(unit.referenceUnit().symbol()).isEqualTo(reference);
        assertThat(unit.isPerGas()).isFalse();
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "kg CH4 fossil / Nm3|CH4_FOSSIL",
        "kgCH4 fossil/m3|CH4_FOSSIL",
        "kg CH4 non-fossil per m3|CH4_NON_FOSSIL",
        "kg CO2 biogenic / m3|CO2_BIOGENIC",
        "kgHFC-134a/piece|HFC_134A"})
    void readsGasesWhoseSymbolIsMoreThanOneWord(String text, Gas gas) {
        assertThat(FactorUnit.parse(text).gas()).isEqualTo(gas);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {"kg / m3|kg|m³", "kg/m³|kg|m³", "t/t|t|t", "g per kWh|g|kWh"})
    void readsAMassPerUnitAsTheFormOfAFactorGivenPerGas(String text, String emission, String reference) {
        FactorUnit unit = FactorUnit.parse(text);

        assertThat(unit.isPerGas()).isTrue();
        assertThat(unit.gas()).isNull();
        assertThat(unit.emissionUnit().symbol()).isEqualTo(emission);
        assertThat(unit.referenceUnit().symbol()).isEqualTo(reference);
    }

    @Test
    void scalesAPerGasFactorLikeAnyOther() {
        FactorUnit naturalGas = FactorUnit.parse("kg / m3");

        assertThat(naturalGas).isEqualTo(FactorUnit.perGas(Units.KILOGRAM, Units.CUBIC_METRE));
        assertThat(new BigDecimal("2.09").multiply(naturalGas.kgPer(Units.LITRE))).isEqualByComparingTo("0.00209");
        assertThat(new BigDecimal("3.75E-05").multiply(naturalGas.kgPer(Units.CUBIC_METRE)))
                .isEqualByComparingTo("0.0000375");
        assertThat(FactorUnit.parse("g / Nm3").kgPer(Units.CUBIC_METRE)).isEqualByComparingTo("0.001");
    }

    @Test
    void keepsTheNumberWhenTonnesPerTonneBecomeKilogramsPerKilogram() {
        assertThat(FactorUnit.parse("t CO2e / t").kgPer(Units.KILOGRAM)).isEqualByComparingTo("1");
    }

    @Test
    void multipliesByAThousandWhenTonnesPerKilogramBecomeKilogramsPerKilogram() {
        assertThat(FactorUnit.parse("t CO2e / kg").kgPer(Units.KILOGRAM)).isEqualByComparingTo("1000");
    }

    @Test
    void normalisesTheReferenceUnitToo() {
        assertThat(FactorUnit.parse("kg CO2e / t").kgPer(Units.KILOGRAM)).isEqualByComparingTo("0.001");
        assertThat(FactorUnit.parse("kg CO2 / kWh").kgPer(Units.MEGAWATT_HOUR)).isEqualByComparingTo("1000");
        assertThat(FactorUnit.parse("t CO2 / MWh").kgPer(Units.KILOWATT_HOUR)).isEqualByComparingTo("1");
        assertThat(FactorUnit.parse("kg CO2e / MJ").kgPer(Units.KILOWATT_HOUR)).isEqualByComparingTo("3.6");
        assertThat(FactorUnit.parse("kg CO2e / t·km").kgPer(Units.KILOGRAM_KILOMETRE))
                .isEqualByComparingTo("0.001");
    }

    @Test
    void turnsGramsPerMillionBtuIntoKilogramsPerMegajoule() {
        BigDecimal perMegajoule = FactorUnit.parse("g N2O / mmBtu").kgPer(Units.MEGAJOULE);

        assertThat(perMegajoule).isEqualByComparingTo("9.478171203133172000127850444756106E-7");
        assertThat(perMegajoule.precision()).isEqualTo(34);
        assertThat(FactorUnit.parse("g CH4 / MJ").kgPer(Units.MILLION_BTU)).isEqualByComparingTo("1.05505585262");
    }

    @Test
    void refusesToExpressAFactorPerKilowattHourPerKilogram() {
        assertThatThrownBy(() -> FactorUnit.parse("kg CO2e / kWh").kgPer(Units.KILOGRAM))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot apply a factor per kWh to an amount in kg");
    }

    @Test
    void refusesToApplyAFactorPerYuanToAnAmountInDollars() {
        assertThatThrownBy(() -> FactorUnit.parse("kg CO2e / CNY").kgPer(Units.USD))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("must be in CNY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg CO2e", "CO2e / kg", "kgs CO2e / kg", "kg CO2e per", "/ kg", "kgco2e/kg"})
    void refusesWhatIsNotAMassOfAGasPerUnitShowingTheAcceptedForm(String text) {
        assertThatThrownBy(() -> FactorUnit.parse(text))
                .isInstanceOfSatisfying(UnknownUnitException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_UNIT");
                    assertThat(e.text()).isEqualTo(text);
                })
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("e.g. 'kg CO2e / kg'")
                .hasMessageContaining("'kg / m3'");
    }

    @Test
    void refusesAReferenceUnitItDoesNotKnowNamingIt() {
        assertThatThrownBy(() -> FactorUnit.parse("kg CO2e / furlong"))
                .isInstanceOfSatisfying(UnknownUnitException.class, e -> assertThat(e.text()).isEqualTo("furlong"))
                .hasMessageContaining("'furlong'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kg XYZ / kg", "kgCO3/kWh", "t methane / t"})
    void refusesAGasItDoesNotKnow(String text) {
        assertThatThrownBy(() -> FactorUnit.parse(text))
                .isInstanceOfSatisfying(UnknownGasException.class,
                        e -> assertThat(e.code()).isEqualTo("UNKNOWN_GAS"));
    }

    @Test
    void refusesAnEmissionThatIsNotAMass() {
        assertThatThrownBy(() -> FactorUnit.parse("kWh CO2e / kg"))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("must be a mass");
        assertThatThrownBy(() -> FactorUnit.parse("m3 / kg"))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("must be a mass");
    }

    @Test
    void printsItselfCompactly() {
        assertThat(FactorUnit.parse("t CO2e / t·km")).hasToString("t CO2e/t·km");
        assertThat(FactorUnit.parse("kgCH4 fossil/Nm3")).hasToString("kg CH4 fossil/m³");
        assertThat(FactorUnit.parse("kg / m3")).hasToString("kg/m³");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tCO2/MWh", "kg CH4 non-fossil / m3", "g HFC-134a / piece", "kg / m3", "t/t·km"})
    void readsWhatItPrints(String text) {
        FactorUnit unit = FactorUnit.parse(text);

        assertThat(FactorUnit.parse(unit.toString())).isEqualTo(unit);
    }
}
