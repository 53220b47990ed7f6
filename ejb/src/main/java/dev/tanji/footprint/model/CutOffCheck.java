package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FootprintCalculator.share;

import dev.tanji.quantity.Dimension;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the lines a study leaves out against its {@link CutOffRule} and lists them. The mass base is every material
 * input: the raw material acquisition lines and the excluded lines, in kg. A study breaking the rule is refused, not
 * calculated: ISO 14067:2018 6.3.4.3 allows exclusions only within the declared criteria.
 */
final class CutOffCheck {

    private final Inventory inventory;
    private final FootprintCalculator.Characterisation characterisation;

    CutOffCheck(Inventory inventory, FootprintCalculator.Characterisation characterisation) {
        this.inventory = inventory;
        this.characterisation = characterisation;
    }

    Footprint.Exclusions exclusions(List<InventoryLine> excluded, BigDecimal countedTotal) {
        if (excluded.isEmpty()) {
            return new Footprint.Exclusions(List.of(), BigDecimal.ZERO, BigDecimal.ZERO);
        }
        BigDecimal materialKg = materialMassKg();
        CutOffRule rule = inventory.cutOff();
        List<ExcludedLine> lines = new ArrayList<>();
        BigDecimal massShare = BigDecimal.ZERO;
        BigDecimal estimated = BigDecimal.ZERO;
        for (InventoryLine line : excluded) {
            BigDecimal lineShare = share(massKg(line), materialKg);
            BigDecimal threshold = line.rareMaterial() ? rule.rareMassPercent() : rule.massPercent();
            if (lineShare.compareTo(threshold) > 0) {
                throw exceeded("'" + line.item() + "' is " + percent(lineShare) + " of the material inputs' mass, "
                        + "above the " + percent(threshold) + " an excluded " + (line.rareMaterial()
                        ? "rare or high-purity material" : "input") + " may reach; include it in the inventory");
            }
            BigDecimal lineKgCo2e = line.factor() == null
                    ? null : characterisation.contribution(line).kgCo2e();
            lines.add(new ExcludedLine(line, lineShare, lineKgCo2e));
            massShare = massShare.add(lineShare);
            estimated = lineKgCo2e == null ? estimated : estimated.add(lineKgCo2e);
        }
        if (massShare.compareTo(rule.totalPercent()) > 0) {
            throw exceeded("The excluded lines together are " + percent(massShare) + " of the material inputs' "
                    + "mass, above the " + percent(rule.totalPercent()) + " allowed in total; include some of them");
        }
        BigDecimal emissionShare = share(estimated, countedTotal.add(estimated));
        if (emissionShare.compareTo(rule.totalPercent()) > 0) {
            throw exceeded("The excluded lines would add " + percent(emissionShare) + " of the footprint, above the "
                    + percent(rule.totalPercent()) + " allowed in total; include some of them");
        }
        return new Footprint.Exclusions(lines, massShare, estimated);
    }

    private BigDecimal materialMassKg() {
        BigDecimal kg = BigDecimal.ZERO;
        for (InventoryLine line : inventory.lines()) {
            if (line.excluded() || line.stage() == LifeCycleStage.RAW_MATERIAL_ACQUISITION && isMass(line)) {
                kg = kg.add(massKg(line));
            }
        }
        return kg;
    }

    private static boolean isMass(InventoryLine line) {
        Dimension dimension = line.amount().unit().dimension();
        return dimension == Dimension.MASS || dimension == Dimension.VOLUME && line.density() != null;
    }

    private static BigDecimal massKg(InventoryLine line) {
        try {
            return line.amount().to(Units.KILOGRAM, line.density()).value();
        } catch (UnitMismatchException e) {
            throw new CalculationException(CalculationException.INVALID_CUT_OFF, "'" + line.item() + "' is excluded "
                    + "but its amount (" + line.amount() + ") is not a mass; the cut-off rule weighs material inputs "
                    + "by mass (give a mass, or a volume with its density), so include the line instead");
        }
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().round(new MathContext(4)).toPlainString() + " %";
    }

    private static CalculationException exceeded(String message) {
        return new CalculationException(CalculationException.CUT_OFF_EXCEEDED, message
                + " (ISO 14067:2018 6.3.4.3, cut-off criteria)");
    }
}
