package dev.tanji.footprint.model;

import java.util.List;

/**
 * The life cycle inventory of one functional unit.
 *
 * @param referenceYear the year the inventory data represent, {@code null} if unknown
 * @param facilityRegion where the product is made (e.g. "Central China"), to judge factors' geography; may be
 *     {@code null}
 */
public record Inventory(Integer referenceYear, String facilityRegion, List<InventoryLine> lines) {

    public Inventory {
        lines = List.copyOf(lines);
    }

    public static Inventory of(Integer referenceYear, String facilityRegion, List<InventoryLine> lines) {
        return new Inventory(referenceYear, facilityRegion, lines);
    }
}
