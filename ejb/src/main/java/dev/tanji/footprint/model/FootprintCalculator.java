package dev.tanji.footprint.model;

import static dev.tanji.quantity.Quantity.DIVISION_CONTEXT;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calculates the footprint of an inventory. For each line: the amount converted exactly into the factor's reference
 * unit, divided by the allocation's period output if it has one, times the factor in kg CO2e per reference unit.
 * Totals are exact sums of the lines; only divisions (allocation, shares, non-terminating unit conversions) round,
 * to 34 significant digits. Stateless and thread-safe.
 */
public final class FootprintCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws CalculationException for an empty inventory, duplicate line ids or a negative amount
     * @throws UnitMismatchException if a line's amount cannot be converted into its factor's reference unit
     */
    public Footprint calculate(Inventory inventory) {
        validate(inventory);
        List<Contribution> contributions = inventory.lines().stream().map(FootprintCalculator::contribution).toList();
        BigDecimal total = contributions.stream().map(Contribution::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<LineResult> lines = contributions.stream()
                .map(contribution -> contribution.result(share(contribution.kgCo2e(), total)))
                .toList();
        List<Warning> warnings = new DataQualityChecks(inventory).warnings(lines);
        return new Footprint(total, stages(lines, total), lines, warnings);
    }

    private static void validate(Inventory inventory) {
        if (inventory.lines().isEmpty()) {
            throw new CalculationException(CalculationException.EMPTY_INVENTORY,
                    "The inventory has no lines; add at least one input or output with its emission factor");
        }
        Set<String> ids = new HashSet<>();
        for (InventoryLine line : inventory.lines()) {
            if (!ids.add(line.id())) {
                throw new CalculationException(CalculationException.DUPLICATE_LINE_ID,
                        "Two inventory lines share the id '" + line.id() + "'; give each line its own id");
            }
            if (line.amount().isNegative()) {
                throw new CalculationException(CalculationException.NEGATIVE_AMOUNT, "'" + line.item()
                        + "' has a negative amount (" + line.amount() + "); enter the amount as a positive quantity");
            }
        }
    }

    private static Contribution contribution(InventoryLine line) {
        UnitOfMeasure reference = line.factor().unit().referenceUnit();
        if (!line.amount().unit().isCompatibleWith(reference)) {
            throw UnitMismatchException.applyingFactor(reference, line.amount().unit(), line.item());
        }
        Quantity converted = line.amount().to(reference);
        BigDecimal divisor = line.allocation() == null ? null : line.allocation().periodOutput();
        Quantity perUnit = divisor == null
                ? converted
                : Quantity.of(converted.value().divide(divisor, DIVISION_CONTEXT), reference);
        BigDecimal factor = line.factor().kgCo2ePerReferenceUnit();
        return new Contribution(line, perUnit, factor, divisor, perUnit.value().multiply(factor));
    }

    private static List<StageResult> stages(List<LineResult> lines, BigDecimal total) {
        Map<LifeCycleStage, BigDecimal> byStage = new EnumMap<>(LifeCycleStage.class);
        lines.forEach(line -> byStage.merge(line.stage(), line.kgCo2e(), BigDecimal::add));
        return byStage.entrySet().stream()
                .map(stage -> new StageResult(stage.getKey(), stage.getValue(), share(stage.getValue(), total)))
                .toList();
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(total, DIVISION_CONTEXT);
    }

    private record Contribution(InventoryLine line, Quantity amountInFactorUnit, BigDecimal factorKgCo2ePerUnit,
                                BigDecimal allocationDivisor, BigDecimal kgCo2e) {

        LineResult result(BigDecimal sharePercent) {
            return new LineResult(line.id(), line.stage(), line.item(), line.amount(), amountInFactorUnit,
                    line.factor().id(), factorKgCo2ePerUnit, allocationDivisor, kgCo2e, sharePercent);
        }
    }
}
