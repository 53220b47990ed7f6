/**
 * The calculation engine: an {@link dev.tanji.footprint.model.Inventory} of
 * {@link dev.tanji.footprint.model.InventoryLine}s, each an amount with an
 * {@link dev.tanji.footprint.model.EmissionFactor}, goes into {@link dev.tanji.footprint.model.FootprintCalculator};
 * an immutable {@link dev.tanji.footprint.model.Footprint} comes out, with every line's arithmetic traceable and
 * {@link dev.tanji.footprint.model.Warning}s for data a careful reviewer would question (ISO 14067:2018 6.3.5, data
 * quality; unallocated facility totals; absurd outliers).
 *
 * <p>Plain Java: no container, persistence or warehouse types (enforced by {@code DomainIsPlainJavaTest}).
 */
package dev.tanji.footprint.model;
