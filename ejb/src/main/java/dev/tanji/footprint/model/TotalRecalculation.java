package dev.tanji.footprint.model;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recalculates only the totals of many inventories under one GWP set, for what-if questions across a portfolio
 * ("every study under the 2023 grid factors"). Each line is the same product as in {@link FootprintCalculator}: its
 * amount converted into the factor's reference unit, allocated, times the factor characterised with the GWP set;
 * the conversion and the characterisation are folded into one multiplier per factor and amount unit, computed once
 * and shared by every inventory. No shares, ratings, warnings or cut-off checks: for those, calculate the study.
 * Thread-safe; keep one per GWP set.
 */
public final class TotalRecalculation {

    private final GwpTable gwp;
    private final Map<Key, BigDecimal> multipliers = new ConcurrentHashMap<>();

    public TotalRecalculation(GwpTable gwp) {
        this.gwp = gwp;
    }

    /**
     * The inventory's total in kg CO2e; equal to {@link FootprintCalculator#calculate}'s total whenever the unit
     * conversions terminate, else within the 34th significant digit.
     *
     * @throws dev.tanji.quantity.UnitMismatchException if a line's unit does not fit its factor
     */
    public BigDecimal total(Inventory inventory) {
        return total(inventory, null);
    }

    /**
     * The inventory's total with each line's factor looked up again, by its name, in {@code otherSets}: the study
     * under another factor set, without building new lines.
     *
     * @throws CalculationException ({@code FACTOR_NOT_FOUND}) if a factor name has no fitting factor there
     */
    public BigDecimal total(Inventory inventory, FactorResolver otherSets) {
        FootprintCalculator.Characterisation characterisation = new FootprintCalculator.Characterisation(gwp);
        BigDecimal total = BigDecimal.ZERO;
        for (InventoryLine line : inventory.lines()) {
            if (line.excluded()) {
                continue;
            }
            FactorChoice choice = otherSets == null ? line.choice()
                    : otherSets.resolve(line.factor().name(), inventory.location(), inventory.referenceYear());
            if (line.density() != null || line.allocation() != null) {
                total = total.add(characterisation.contribution(line.withChoice(choice)).kgCo2e());
            } else {
                total = total.add(line.amount().value().multiply(multiplier(line, choice, characterisation)));
            }
        }
        return total;
    }

    private BigDecimal multiplier(InventoryLine line, FactorChoice choice,
                                  FootprintCalculator.Characterisation characterisation) {
        Key key = new Key(choice.factor(), line.amount().unit());
        BigDecimal known = multipliers.get(key);
        if (known == null) {
            InventoryLine one = InventoryLine.builder("1", line.stage(), line.item(),
                    Quantity.of(BigDecimal.ONE, line.amount().unit())).choice(choice).build();
            known = characterisation.contribution(one).kgCo2e();
            multipliers.put(key, known);
        }
        return known;
    }

    /** A factor by identity (factors are immutable and shared) with the unit of the amounts it is applied to. */
    private record Key(EmissionFactor factor, UnitOfMeasure unit) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.factor == factor && key.unit.equals(unit);
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(factor) + unit.hashCode();
        }
    }
}
