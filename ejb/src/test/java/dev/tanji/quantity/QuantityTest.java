package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

    @Test
    void convertsKilogramsToTonnesExactly() {
        assertThat(Quantity.of("20.2", Units.KILOGRAM).to(Units.TONNE).value()).isEqualByComparingTo("0.0202");
        assertThat(Quantity.of("0.0294", Units.KILOGRAM).to(Units.GRAM).value()).isEqualByComparingTo("29.4");
    }

    @Test
    void convertsEnergyBetweenWattHoursAndJoules() {
        assertThat(Quantity.of("1", Units.KILOWATT_HOUR).to(Units.MEGAJOULE).value()).isEqualByComparingTo("3.6");
        assertThat(Quantity.of("1", Units.MEGAWATT_HOUR).to(Units.GIGAJOULE).value()).isEqualByComparingTo("3.6");
        assertThat(Quantity.of("36", Units.MEGAJOULE).to(Units.KILOWATT_HOUR).value()).isEqualByComparingTo("10");
        assertThat(Quantity.of("225500", Units.KILOWATT_HOUR).to(Units.MEGAWATT_HOUR).value())
                .isEqualByComparingTo("225.5");
    }

    @Test
    void roundsANonTerminatingConversionTo34SignificantDigits() {
        BigDecimal kilowattHours = Quantity.of("1", Units.MEGAJOULE).to(Units.KILOWATT_HOUR).value();

        assertThat(kilowattHours).isEqualByComparingTo("0.2777777777777777777777777777777778");
        assertThat(kilowattHours.precision()).isEqualTo(34);
    }

    @Test
    void convertsMillionBtuIntoKilowattHoursTo34Digits() {
        assertThat(Quantity.of("1", Units.MILLION_BTU).to(Units.GIGAJOULE).value())
                .isEqualByComparingTo("1.05505585262");
        assertThat(Quantity.of("1", Units.MILLION_BTU).to(Units.KILOWATT_HOUR).value())
                .isEqualByComparingTo("293.0710701722222222222222222222222");
    }

    @Test
    void convertsStandardCubicFeetOfAGasToNormalCubicMetresAtZeroDegrees() {
        // 1000 × 0.028316846592 × 273.15 / 288.70555...
        assertThat(Quantity.of("1000", Units.STANDARD_CUBIC_FOOT).to(Units.CUBIC_METRE).value())
                .isCloseTo(new BigDecimal("26.7911250676172186"), within(new BigDecimal("1e-15")));
        assertThat(Quantity.of("1", Units.CUBIC_METRE).to(Units.STANDARD_CUBIC_FOOT).value())
                .isCloseTo(new BigDecimal("37.3257"), within(new BigDecimal("0.0001")));
    }

    @Test
    void convertsVolumeDistanceAreaAndTransportWork() {
        assertThat(Quantity.of("2.5", Units.LITRE).to(Units.CUBIC_METRE).value()).isEqualByComparingTo("0.0025");
        assertThat(Quantity.of("1.2", Units.KILOMETRE).to(Units.METRE).value()).isEqualByComparingTo("1200");
        assertThat(Quantity.of("34.2", Units.TONNE_KILOMETRE).to(Units.KILOGRAM_KILOMETRE).value())
                .isEqualByComparingTo("34200");
    }

    @Test
    void refusesToConvertAcrossDimensionsNamingBothUnits() {
        assertThatThrownBy(() -> Quantity.of("1", Units.KILOGRAM).to(Units.KILOWATT_HOUR))
                .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNIT_MISMATCH");
                    assertThat(e.expected()).isEqualTo(Units.KILOWATT_HOUR);
                    assertThat(e.actual()).isEqualTo(Units.KILOGRAM);
                })
                .hasMessageContaining("kg")
                .hasMessageContaining("kWh");
    }

    @Test
    void refusesToConvertCountsIntoMoneyOrMassIntoTransportWork() {
        assertThatThrownBy(() -> Quantity.of("1", Units.PIECE).to(Units.CNY)).isInstanceOf(UnitMismatchException.class);
        assertThatThrownBy(() -> Quantity.of("1", Units.TONNE).to(Units.TONNE_KILOMETRE))
                .isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void weighsAVolumeOfWeldingCarbonDioxideThroughItsDensityExactly() {
        Density carbonDioxide = Density.kgPerCubicMetre("1.977");

        assertThat(Quantity.of("9.88", Units.CUBIC_METRE).to(Units.KILOGRAM, carbonDioxide))
                .isEqualTo(Quantity.of("19.53276", Units.KILOGRAM));
        assertThat(Quantity.of("9880", Units.LITRE).to(Units.TONNE, carbonDioxide))
                .isEqualTo(Quantity.of("0.01953276", Units.TONNE));
    }

    @Test
    void findsTheVolumeOfAMassThroughTheDensity() {
        Density carbonDioxide = Density.kgPerCubicMetre("1.977");

        assertThat(Quantity.of("19.53276", Units.KILOGRAM).to(Units.CUBIC_METRE, carbonDioxide))
                .isEqualTo(Quantity.of("9.88", Units.CUBIC_METRE));
        assertThat(Quantity.of("1", Units.KILOGRAM).to(Units.CUBIC_METRE, carbonDioxide).value())
                .isEqualByComparingTo("0.5058168942842690945877592311583207");
    }

    @Test
    void needsNoDensityWithinOneDimension() {
        assertThat(Quantity.of("20.2", Units.KILOGRAM).to(Units.TONNE, null))
                .isEqualTo(Quantity.of("0.0202", Units.TONNE));
        assertThat(Quantity.of("2.5", Units.LITRE).to(Units.CUBIC_METRE, Density.kgPerCubicMetre("840")))
                .isEqualTo(Quantity.of("0.0025", Units.CUBIC_METRE));
    }

    @Test
    void asksForADensityToTurnAVolumeIntoAMass() {
        assertThatThrownBy(() -> Quantity.of("9.88", Units.CUBIC_METRE).to(Units.KILOGRAM, null))
                .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(Units.KILOGRAM);
                    assertThat(e.actual()).isEqualTo(Units.CUBIC_METRE);
                })
                .hasMessage("Cannot convert 9.88 m³ into kg without a density; give the gas's density, e.g. "
                        + "1.977 kg/m³ for CO2 at 0 °C and 1 atm");
        assertThatThrownBy(() -> Quantity.of("1", Units.TONNE).to(Units.LITRE, null))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot convert 1 t into L without a density");
    }

    @Test
    void refusesToConvertThroughADensityAnythingButMassAndVolume() {
        Density carbonDioxide = Density.kgPerCubicMetre("1.977");

        assertThatThrownBy(() -> Quantity.of("1", Units.KILOWATT_HOUR).to(Units.KILOGRAM, carbonDioxide))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot convert kWh to kg");
        assertThatThrownBy(() -> Quantity.of("1", Units.CUBIC_METRE).to(Units.TONNE_KILOMETRE, carbonDioxide))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("m³")
                .hasMessageContaining("t·km");
        assertThatThrownBy(() -> Quantity.of("1", Units.CNY).to(Units.USD, carbonDioxide))
                .isInstanceOf(UnitMismatchException.class);
    }

    @Test
    void addsQuantitiesOfTheSameDimensionInTheFirstUnit() {
        Quantity sum = Quantity.of("1.5", Units.TONNE).plus(Quantity.of("250", Units.KILOGRAM));

        assertThat(sum).isEqualTo(Quantity.of("1.75", Units.TONNE));
    }

    @Test
    void refusesToAddKilowattHoursToKilograms() {
        assertThatThrownBy(() -> Quantity.of("1", Units.KILOGRAM).plus(Quantity.of("1", Units.KILOWATT_HOUR)))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot add an amount in kWh to one in kg");
    }

    @Test
    void multipliesExactly() {
        assertThat(Quantity.of("0.21", Units.PIECE).multiply(new BigDecimal("16.81")))
                .isEqualTo(Quantity.of("3.5301", Units.PIECE));
    }

    @Test
    void comparesValuesNumericallyAndUnitsStrictly() {
        assertThat(Quantity.of("1.0", Units.KILOGRAM)).isEqualTo(Quantity.of("1.00", Units.KILOGRAM))
                .hasSameHashCodeAs(Quantity.of("1.00", Units.KILOGRAM));
        assertThat(Quantity.of("1000", Units.GRAM)).isNotEqualTo(Quantity.of("1", Units.KILOGRAM));
    }

    @Test
    void knowsWhenItIsNegative() {
        assertThat(Quantity.of("-0.001", Units.KILOGRAM).isNegative()).isTrue();
        assertThat(Quantity.of("0", Units.KILOGRAM).isNegative()).isFalse();
    }

    @Test
    void printsItselfAsValueAndSymbol() {
        assertThat(Quantity.of("225500", Units.KILOWATT_HOUR)).hasToString("225500 kWh");
    }
}
