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

    private static Arbitrary<List<UnitOfMeasure>> pairs() {
        return Arbitraries.of(Units.all()).flatMap(from -> Arbitraries.of(
                Units.all().stream().filter(from::isCompatibleWith).map(to -> List.of(from, to)).toList()));
    }
}
