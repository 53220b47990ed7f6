package dev.tanji.footprint.model;

import java.util.List;
import java.util.Objects;

/**
 * The life cycle inventory of one functional unit, with what the calculation needs to judge it.
 *
 * @param referenceYear the year the inventory data represent, {@code null} if unknown
 * @param location where the product is made, to judge factors' geography
 * @param gwp the GWP set that characterises per-gas factors and direct emissions
 * @param functionalUnitStatements every way the study states its functional or declared unit (the product's
 *     definition, the study's, others found in the report); more than one distinct statement is flagged
 * @param cutOff the criteria excluded lines are checked against
 */
public record Inventory(Integer referenceYear, Location location, GwpTable gwp, List<String> functionalUnitStatements,
                        CutOffRule cutOff, List<InventoryLine> lines) {

    public Inventory {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(gwp, "gwp");
        Objects.requireNonNull(cutOff, "cutOff");
        functionalUnitStatements = List.copyOf(functionalUnitStatements);
        lines = List.copyOf(lines);
    }

    /**
     * An inventory with the facility's region given as text, CO2-only GWPs, no functional-unit statements and the
     * standard cut-off rule: enough for factors given in CO2e or CO2.
     */
    public static Inventory of(Integer referenceYear, String facilityRegion, List<InventoryLine> lines) {
        Location location = facilityRegion == null || facilityRegion.isBlank()
                ? Location.unknown() : new Location(List.of(facilityRegion.strip()));
        return new Inventory(referenceYear, location, GwpTable.co2Only("CO2 only"), List.of(), CutOffRule.STANDARD,
                lines);
    }

    public Inventory withLines(List<InventoryLine> newLines) {
        return new Inventory(referenceYear, location, gwp, functionalUnitStatements, cutOff, newLines);
    }

    public Inventory withGwp(GwpTable newGwp) {
        return new Inventory(referenceYear, location, newGwp, functionalUnitStatements, cutOff, lines);
    }
}
