package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ConversionPropertiesTest {

    @Property
    void convertingIntoAUnitAndBackIsExactWhenTheConversionTerminates(
            @ForAll("values") BigDecimal value, @ForAll("terminatingPairs") List<UnitOfMeasure> pair) {
        Quantity quantity = Quantity.of(value, pair.get(0));

        assertThat(quantity.to(pair.get(1)).to(pair.get(0))).isEqualTo(quantity);
    }

    @Property
    void convertingIntoAUnitAndBackIsExactTo32DigitsWhenItDoesNot(
            @ForAll("values") BigDecimal value, @ForAll("roundedPairs") List<UnitOfMeasure> pair) {
        Quantity quantity = Quantity.of(value, pair.get(0));

        BigDecimal back = quantity.to(pair.get(1)).to(pair.get(0)).value();
        assertThat(back).isCloseTo(value, within(value.abs().movePointLeft(32)));
    }

    @Property
    void convertingIsLinear(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b,
                            @ForAll("terminatingPairs") List<UnitOfMeasure> pair) {
        Quantity first = Quantity.of(a, pair.get(0));
        Quantity second = Quantity.of(b, pair.get(0));

        assertThat(first.plus(second).to(pair.get(1)))
                .isEqualTo(first.to(pair.get(1)).plus(second.to(pair.get(1))));
    }

    @Property
    void weighingAVolumeAndTakingTheVolumeOfThatMassGivesItBackTo30Digits(
            @ForAll("values") BigDecimal value, @ForAll("densities") Density density,
            @ForAll("volumeUnits") UnitOfMeasure volumeUnit, @ForAll("massUnits") UnitOfMeasure massUnit) {
        Quantity volume = Quantity.of(value, volumeUnit);

        Quantity back = volume.to(massUnit, density).to(volumeUnit, density);

        assertThat(back.unit()).isEqualTo(volumeUnit);
        assertThat(back.value()).isCloseTo(value, within(value.abs().movePointLeft(30)));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9")).ofScale(6);
    }

    @Provide
    Arbitrary<List<UnitOfMeasure>> terminatingPairs() {
        return pairs().filter(pair -> pair.get(0).factorTo(pair.get(1)).terminates());
    }

    @Provide
    Arbitrary<List<UnitOfMeasure>> roundedPairs() {
        return pairs().filter(pair -> !pair.get(0).factorTo(pair.get(1)).terminates());
    }

    @Provide
    Arbitrary<Density> densities() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("25000")).ofScale(4)
                .map(Density::new);
    }

    @Provide
    Arbitrary<UnitOfMeasure> volumeUnits() {
        return ofDimension(Dimension.VOLUME);
    }

    @Provide
    Arbitrary<UnitOfMeasure> massUnits() {
        return ofDimension(Dimension.MASS);
    }

    private static Arbitrary<UnitOfMeasure> ofDimension(Dimension dimension) {
        return Arbitraries.of(Units.all().stream().filter(unit -> unit.dimension() == dimension).toList());
    }

    private static Arbitrary<List<UnitOfMeasure>> pairs() {
        return Arbitraries.of(Units.all()).flatMap(from -> Arbitraries.of(
                Units.all().stream().filter(from::isCompatibleWith).map(to -> List.of(from, to)).toList()));
    }
}
