package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
