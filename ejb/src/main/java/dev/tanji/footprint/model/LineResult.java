package dev.tanji.footprint.model;

import dev.tanji.quantity.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * One inventory line's contribution with every step of its arithmetic, so that an auditor can redo it:
 * {@code amountInFactorUnit} is the line's amount (or transport work) converted into the factor's reference unit
 * (through the line's density if it is a volume against a mass or back) and, for a facility total, multiplied by
 * the allocation's fraction; each gas is {@code amountInFactorUnit × kg gas per unit × GWP}; {@code kgCo2e} sums
 * the gases.
 *
 * @param line the line as entered, with its factor choice, density, transport leg and allocation
 * @param factorKgCo2ePerUnit the factor characterised with the study's GWP set, kg CO2e per reference unit
 * @param sharePercent the line's share of the total in percent (0 when the total is 0)
 */
public record LineResult(InventoryLine line, Quantity amountInFactorUnit, BigDecimal factorKgCo2ePerUnit,
                         List<GasResult> gases, BigDecimal kgCo2e, BigDecimal sharePercent, LineQuality quality) {

    public LineResult {
        gases = List.copyOf(gases);
    }

    public String lineId() {
        return line.id();
    }

    public LifeCycleStage stage() {
        return line.stage();
    }

    public String item() {
        return line.item();
    }

    public Quantity amount() {
        return line.amount();
    }

    public EmissionFactor factor() {
        return line.factor();
    }

    public String factorId() {
        return line.factor().id();
    }

    /** The allocation's fraction of the period total, {@code null} if the line is not allocated. */
    public BigDecimal allocationFraction() {
        return line.allocation() == null ? null : line.allocation().fraction();
    }
}
