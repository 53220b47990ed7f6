package dev.tanji.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Invariants of characterisation and allocation over random per-gas inventories: the gas and origin breakdowns are
 * exact partitions of the total; allocation and shares lose no more than the rounding of one 34-digit division.
 */
class CharacterisationPropertiesTest {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal ROUNDING = new BigDecimal("1e-25");
    private static final List<Gas> GASES = List.of(Gas.CO2E, Gas.CO2, Gas.CO2_BIOGENIC, Gas.CH4, Gas.CH4_FOSSIL,
            Gas.CH4_NON_FOSSIL, Gas.N2O);

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Property
    void theGasesAddUpExactlyToTheTotalAndEachLinesGasesToTheLine(@ForAll("inventories") Inventory inventory) {
        Footprint footprint = calculator.calculate(inventory);

        assertThat(sum(footprint.gases().stream().map(GasResult::kgCo2e).toList()))
                .isEqualByComparingTo(footprint.totalKgCo2e());
        for (LineResult line : footprint.lines()) {
            assertThat(sum(line.gases().stream().map(GasResult::kgCo2e).toList()))
                    .isEqualByComparingTo(line.kgCo2e());
        }
    }

    @Property
    void fossilBiogenicAndUnspecifiedAddUpExactlyToTheTotal(@ForAll("inventories") Inventory inventory) {
        Footprint.OriginSplit origins = calculator.calculate(inventory).origins();

        assertThat(origins.fossilKgCo2e().add(origins.biogenicKgCo2e()).add(origins.unspecifiedKgCo2e()))
                .isEqualByComparingTo(calculator.calculate(inventory).totalKgCo2e());
    }

    @Property
    void stageSharesAddUpToAHundredPercent(@ForAll("inventories") Inventory inventory) {
        Footprint footprint = calculator.calculate(inventory);

        if (footprint.totalKgCo2e().signum() > 0) {
            assertThat(sum(footprint.stages().stream().map(StageResult::sharePercent).toList()))
                    .isCloseTo(HUNDRED, within(ROUNDING));
            assertThat(sum(footprint.lines().stream().map(LineResult::sharePercent).toList()))
                    .isCloseTo(HUNDRED, within(ROUNDING));
        }
    }

    @Property
    void sharingATotalEquallyOverNProductsGivesTheTotalBack(@ForAll("totals") BigDecimal total,
                                                            @ForAll @IntRange(min = 1, max = 1_000_000) int n) {
        BigDecimal each = Allocation.byUnitCount(BigDecimal.valueOf(n)).apply(total);

        assertThat(each.multiply(BigDecimal.valueOf(n))).isCloseTo(total, within(total.multiply(ROUNDING)));
    }

    @Property
    void sharingATotalOverProductsByUnitCountGivesTheTotalBack(
            @ForAll("totals") BigDecimal total,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 10_000) Integer> piecesPerProduct) {
        BigDecimal output = BigDecimal.valueOf(piecesPerProduct.stream().mapToLong(Integer::longValue).sum());

        BigDecimal allocated = sum(piecesPerProduct.stream()
                .map(pieces -> new Allocation(Allocation.Basis.UNIT_COUNT,
                        Quantity.of(BigDecimal.valueOf(pieces), Units.PIECE), Quantity.of(output, Units.PIECE))
                        .apply(total))
                .toList());

        assertThat(allocated).isCloseTo(total, within(total.multiply(ROUNDING)));
    }

    @Provide
    Arbitrary<BigDecimal> totals() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000000000")).ofScale(3);
    }

    @Provide
    Arbitrary<Inventory> inventories() {
        Arbitrary<GwpTable> gwpSets = Arbitraries.of(GwpTables.AR4, GwpTables.AR5, GwpTables.AR6);
        return Combinators.combine(lines().list().ofMinSize(1).ofMaxSize(10), gwpSets)
                .as((lines, gwp) -> new Inventory(2022, Location.unknown(), gwp, List.of(), CutOffRule.STANDARD,
                        IntStream.range(0, lines.size()).mapToObj(i -> lines.get(i).apply("L" + i)).toList()));
    }

    private static Arbitrary<Function<String, InventoryLine>> lines() {
        Arbitrary<BigDecimal> amounts = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.001"), new BigDecimal("1000000")).ofScale(3);
        Arbitrary<Map<Gas, BigDecimal>> gasAmounts = Arbitraries.subsetOf(GASES).ofMinSize(1)
                .flatMap(gases -> Arbitraries.bigDecimals().between(new BigDecimal("0.000001"),
                                new BigDecimal("100")).ofScale(6).list().ofSize(gases.size())
                        .map(values -> {
                            Map<Gas, BigDecimal> map = new EnumMap<>(Gas.class);
                            List<Gas> ordered = gases.stream().sorted().toList();
                            IntStream.range(0, ordered.size()).forEach(i -> map.put(ordered.get(i), values.get(i)));
                            return map;
                        }));
        Arbitrary<String[]> amountAndFactorUnits = Arbitraries.of(
                new String[] {"kg", "kg / t"}, new String[] {"t", "kg / kg"}, new String[] {"m³", "g / L"},
                new String[] {"MJ", "kg / kWh"}, new String[] {"t·km", "kg / t·km"});
        return Combinators.combine(Arbitraries.of(LifeCycleStage.class), amounts, gasAmounts, amountAndFactorUnits)
                .as((stage, amount, gases, unit) -> id -> InventoryLine.builder(id, stage, stage + " item",
                                Quantity.of(amount, Units.parse(unit[0])))
                        .factor(EmissionFactor.perGas("f" + id, "factor " + id, unit[1], gases))
                        .build());
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
