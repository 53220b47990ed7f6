package dev.tanji.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitOfMeasure;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FootprintPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SHARE_TOLERANCE = new BigDecimal("1e-9");
    private static final BigDecimal RELATIVE_ROUNDING = new BigDecimal("1e-30");

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Property
    void totalIsTheSumOfTheStagesAndOfTheLines(@ForAll("inventories") Inventory inventory) {
        Footprint footprint = calculator.calculate(inventory);

        assertThat(sum(footprint.lines().stream().map(LineResult::kgCo2e).toList()))
                .isEqualByComparingTo(footprint.totalKgCo2e());
        assertThat(sum(footprint.stages().stream().map(StageResult::kgCo2e).toList()))
                .isEqualByComparingTo(footprint.totalKgCo2e());
    }

    @Property
    void sharesAddUpToAHundredPercent(@ForAll("inventories") Inventory inventory) {
        Footprint footprint = calculator.calculate(inventory);

        assertThat(sum(footprint.lines().stream().map(LineResult::sharePercent).toList()))
                .isCloseTo(HUNDRED, within(SHARE_TOLERANCE));
        assertThat(sum(footprint.stages().stream().map(StageResult::sharePercent).toList()))
                .isCloseTo(HUNDRED, within(SHARE_TOLERANCE));
    }

    @Property
    void scalingAnAmountByKScalesThatLinesContributionByKAndNoOther(
            @ForAll("inventories") Inventory inventory, @ForAll @IntRange(max = 100) int anyLine,
            @ForAll("scales") BigDecimal k) {
        int scaled = anyLine % inventory.lines().size();
        Footprint before = calculator.calculate(inventory);
        Footprint after = calculator.calculate(withAmountScaled(inventory, scaled, k));

        for (int i = 0; i < inventory.lines().size(); i++) {
            BigDecimal old = before.lines().get(i).kgCo2e();
            BigDecimal now = after.lines().get(i).kgCo2e();
            if (i == scaled) {
                BigDecimal expected = old.multiply(k);
                assertThat(now).isCloseTo(expected, within(expected.abs().multiply(RELATIVE_ROUNDING)));
            } else {
                assertThat(now).isEqualByComparingTo(old);
            }
        }
    }

    @Provide
    Arbitrary<Inventory> inventories() {
        return lines().list().ofMinSize(1).ofMaxSize(12).map(lines -> Inventory.of(2022, null,
                IntStream.range(0, lines.size()).mapToObj(i -> withId(lines.get(i), "L" + i)).toList()));
    }

    @Provide
    Arbitrary<BigDecimal> scales() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("1000")).ofScale(2);
    }

    private static Arbitrary<InventoryLine> lines() {
        Arbitrary<UnitOfMeasure[]> unitPairs = Arbitraries.of(Units.all())
                .flatMap(reference -> Arbitraries.of(Units.all().stream()
                        .filter(reference::isCompatibleWith).toList())
                        .map(amountUnit -> new UnitOfMeasure[] {amountUnit, reference}));
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("1000000")).ofScale(3);
        Arbitrary<BigDecimal> factorValues = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.0001"), new BigDecimal("10000")).ofScale(4);
        Arbitrary<UnitOfMeasure> emissionUnits = Arbitraries.of(Units.GRAM, Units.KILOGRAM, Units.TONNE);
        Arbitrary<Allocation> allocations = Arbitraries.integers().between(1, 100_000)
                .map(output -> Allocation.byUnitCount(BigDecimal.valueOf(output))).injectNull(0.4);
        return Combinators.combine(Arbitraries.of(LifeCycleStage.class), unitPairs, amounts, factorValues,
                        emissionUnits, Arbitraries.of(Gas.CO2E, Gas.CO2), allocations)
                .as((stage, units, amount, value, emissionUnit, gas, allocation) -> {
                    InventoryLine.Builder line = InventoryLine.builder("?", stage, stage + " item",
                            Quantity.of(amount, units[0]))
                            .factor(EmissionFactor.of("f", "factor", value, FactorUnit.of(emissionUnit, gas, units[1])));
                    return (allocation == null ? line : line.facilityTotal(allocation)).build();
                });
    }

    private static InventoryLine withId(InventoryLine line, String id) {
        return new InventoryLine(id, line.stage(), line.item(), line.amount(), line.choice(), line.density(),
                line.transport(), line.facilityTotal(), line.allocation(), line.dataType(), line.source(),
                line.technologyRating(), line.excluded(), line.rareMaterial());
    }

    private static Inventory withAmountScaled(Inventory inventory, int index, BigDecimal k) {
        List<InventoryLine> lines = new ArrayList<>(inventory.lines());
        InventoryLine line = lines.get(index);
        lines.set(index, new InventoryLine(line.id(), line.stage(), line.item(), line.amount().multiply(k),
                line.choice(), line.density(), line.transport(), line.facilityTotal(), line.allocation(),
                line.dataType(), line.source(), line.technologyRating(), line.excluded(), line.rareMaterial()));
        return inventory.withLines(lines);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
