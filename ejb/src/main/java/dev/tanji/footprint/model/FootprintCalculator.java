package dev.tanji.footprint.model;

import static dev.tanji.quantity.Quantity.DIVISION_CONTEXT;

import dev.tanji.quantity.Dimension;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calculates the footprint of an inventory. For each counted line: the amount converted exactly into the factor's
 * reference unit (through the line's density between volume and mass), multiplied by the allocation's fraction for
 * a facility total, times each gas's kg per reference unit and its GWP in the study's set. Totals are exact sums;
 * only divisions (allocation, shares, ratings, non-terminating unit conversions) round, to 34 significant digits.
 * Lines excluded under the cut-off rule are checked against it and listed, not counted. Stateless, thread-safe.
 */
public final class FootprintCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @throws CalculationException for an empty inventory, duplicate line ids, a negative amount, a rating out of
     *     range, a GWP missing from the set or exclusions beyond the cut-off rule
     * @throws UnitMismatchException if a line's amount cannot be converted into its factor's reference unit
     */
    public Footprint calculate(Inventory inventory) {
        validate(inventory);
        Characterisation characterisation = new Characterisation(inventory.gwp());
        List<Contribution> counted = new ArrayList<>();
        List<InventoryLine> excludedLines = new ArrayList<>();
        for (InventoryLine line : inventory.lines()) {
            if (line.excluded()) {
                excludedLines.add(line);
            } else {
                counted.add(characterisation.contribution(line));
            }
        }
        BigDecimal total = counted.stream().map(Contribution::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        Footprint.Exclusions exclusions = new CutOffCheck(inventory, characterisation).exclusions(excludedLines, total);
        QualityRatings ratings = new QualityRatings(inventory);
        List<LineResult> lines = counted.stream()
                .map(contribution -> contribution.result(share(contribution.kgCo2e(), total),
                        ratings.of(contribution.line())))
                .toList();
        List<Warning> warnings = new DataQualityChecks(inventory).warnings(lines);
        return new Footprint(total, stages(lines, total), lines, gases(lines), origins(lines), exclusions,
                ratings.ofRun(lines), warnings);
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
            Integer rating = line.technologyRating();
            if (rating != null && (rating < 1 || rating > 5)) {
                throw new CalculationException(CalculationException.INVALID_RATING, "'" + line.item()
                        + "' has a technology rating of " + rating + "; ratings run from 1 (best) to 5 (worst)");
            }
        }
    }

    private static List<StageResult> stages(List<LineResult> lines, BigDecimal total) {
        Map<LifeCycleStage, BigDecimal> byStage = new EnumMap<>(LifeCycleStage.class);
        lines.forEach(line -> byStage.merge(line.stage(), line.kgCo2e(), BigDecimal::add));
        return byStage.entrySet().stream()
                .map(stage -> new StageResult(stage.getKey(), stage.getValue(), share(stage.getValue(), total)))
                .toList();
    }

    private static List<GasResult> gases(List<LineResult> lines) {
        Map<Gas, BigDecimal[]> byGas = new EnumMap<>(Gas.class);
        for (LineResult line : lines) {
            for (GasResult gas : line.gases()) {
                BigDecimal[] sums = byGas.computeIfAbsent(gas.gas(), g -> new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO});
                sums[0] = sums[0].add(gas.kgGas());
                sums[1] = sums[1].add(gas.kgCo2e());
            }
        }
        return byGas.entrySet().stream()
                .map(entry -> new GasResult(entry.getKey(), entry.getValue()[0], null, entry.getValue()[1]))
                .toList();
    }

    private static Footprint.OriginSplit origins(List<LineResult> lines) {
        Map<Gas.Origin, BigDecimal> byOrigin = new EnumMap<>(Gas.Origin.class);
        for (Gas.Origin origin : Gas.Origin.values()) {
            byOrigin.put(origin, BigDecimal.ZERO);
        }
        lines.forEach(line -> line.gases()
                .forEach(gas -> byOrigin.merge(gas.gas().origin(), gas.kgCo2e(), BigDecimal::add)));
        return new Footprint.OriginSplit(byOrigin.get(Gas.Origin.FOSSIL), byOrigin.get(Gas.Origin.BIOGENIC),
                byOrigin.get(Gas.Origin.UNSPECIFIED));
    }

    static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() == 0 ? BigDecimal.ZERO : part.multiply(HUNDRED).divide(total, DIVISION_CONTEXT);
    }

    /** Characterises lines with one GWP set, computing each factor's per-gas values once per calculation. */
    static final class Characterisation {

        private final GwpTable gwp;
        private final Map<EmissionFactor, Map<Gas, BigDecimal>> kgPerUnit = new IdentityHashMap<>();

        Characterisation(GwpTable gwp) {
            this.gwp = gwp;
        }

        Contribution contribution(InventoryLine line) {
            EmissionFactor factor = line.factor();
            Quantity converted = convert(line, factor);
            BigDecimal perUnit = line.allocation() == null
                    ? converted.value() : line.allocation().apply(converted.value());
            List<GasResult> gases = new ArrayList<>(2);
            BigDecimal kgCo2e = BigDecimal.ZERO;
            BigDecimal factorKgCo2e = BigDecimal.ZERO;
            for (Map.Entry<Gas, BigDecimal> entry : kgPerUnit.computeIfAbsent(factor,
                    EmissionFactor::kgPerReferenceUnit).entrySet()) {
                BigDecimal gasGwp = gwp.gwp(entry.getKey());
                BigDecimal kgGas = perUnit.multiply(entry.getValue());
                BigDecimal gasKgCo2e = kgGas.multiply(gasGwp);
                gases.add(new GasResult(entry.getKey(), kgGas, gasGwp, gasKgCo2e));
                kgCo2e = kgCo2e.add(gasKgCo2e);
                factorKgCo2e = factorKgCo2e.add(entry.getValue().multiply(gasGwp));
            }
            return new Contribution(line, Quantity.of(perUnit, converted.unit()), factorKgCo2e, gases, kgCo2e);
        }

        private static Quantity convert(InventoryLine line, EmissionFactor factor) {
            Quantity amount = line.amount();
            if (amount.unit().isCompatibleWith(factor.referenceUnit())) {
                return amount.to(factor.referenceUnit());
            }
            if (!isMassAndVolume(amount.unit().dimension(), factor.referenceUnit().dimension())) {
                throw UnitMismatchException.applyingFactor(factor.referenceUnit(), amount.unit(), line.item());
            }
            try {
                return amount.to(factor.referenceUnit(), line.density());
            } catch (UnitMismatchException e) {
                throw new UnitMismatchException(factor.referenceUnit(), amount.unit(), "Factor '" + factor.name()
                        + "' for '" + line.item() + "' is per " + factor.referenceUnit() + ": " + e.getMessage());
            }
        }

        private static boolean isMassAndVolume(Dimension a, Dimension b) {
            return a == Dimension.MASS && b == Dimension.VOLUME || a == Dimension.VOLUME && b == Dimension.MASS;
        }
    }

    record Contribution(InventoryLine line, Quantity amountInFactorUnit, BigDecimal factorKgCo2ePerUnit,
                        List<GasResult> gases, BigDecimal kgCo2e) {

        LineResult result(BigDecimal sharePercent, LineQuality quality) {
            return new LineResult(line, amountInFactorUnit, factorKgCo2ePerUnit, gases, kgCo2e, sharePercent,
                    quality);
        }
    }
}
