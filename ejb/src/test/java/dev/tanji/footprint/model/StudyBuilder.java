package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.LifeCycleStage.DIRECT_EMISSIONS;
import static dev.tanji.footprint.model.LifeCycleStage.DISTRIBUTION;
import static dev.tanji.footprint.model.LifeCycleStage.ENERGY;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_TRANSPORT;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.util.ArrayList;
import java.util.List;

/**
 * An inventory written the way a study reads:
 * {@code aStudy().rawMaterial("grey iron casting", "20.2", "kg", factor("2.05", "t CO2e / t")).build()}.
 * Each line's id is its item.
 */
final class StudyBuilder {

    private final List<InventoryLine> lines = new ArrayList<>();
    private Integer referenceYear;
    private String facilityRegion;

    private StudyBuilder() {
    }

    static StudyBuilder aStudy() {
        return new StudyBuilder();
    }

    StudyBuilder referenceYear(int year) {
        this.referenceYear = year;
        return this;
    }

    StudyBuilder madeIn(String region) {
        this.facilityRegion = region;
        return this;
    }

    StudyBuilder rawMaterial(String item, String amount, String unit, FactorBuilder factor) {
        return line(RAW_MATERIAL_ACQUISITION, item, amount, unit, factor);
    }

    StudyBuilder transport(String item, String amount, String unit, FactorBuilder factor) {
        return line(RAW_MATERIAL_TRANSPORT, item, amount, unit, factor);
    }

    StudyBuilder production(String item, String amount, String unit, FactorBuilder factor) {
        return line(PRODUCTION, item, amount, unit, factor);
    }

    StudyBuilder distribution(String item, String amount, String unit, FactorBuilder factor) {
        return line(DISTRIBUTION, item, amount, unit, factor);
    }

    StudyBuilder energy(String item, String amount, String unit, FactorBuilder factor) {
        return line(ENERGY, item, amount, unit, factor);
    }

    StudyBuilder directEmission(String item, String amount, String unit, FactorBuilder factor) {
        return line(DIRECT_EMISSIONS, item, amount, unit, factor);
    }

    StudyBuilder line(LifeCycleStage stage, String item, String amount, String unit, FactorBuilder factor) {
        lines.add(InventoryLine.of(item, stage, item, amount(amount, unit), factor.build()));
        return this;
    }

    /** A period total for the whole facility, shared over {@code periodOutput} units, or not at all if null. */
    StudyBuilder facilityTotal(LifeCycleStage stage, String item, String amount, String unit, FactorBuilder factor,
                               String periodOutput) {
        Allocation allocation = periodOutput == null ? null : Allocation.byUnitCount(periodOutput);
        lines.add(InventoryLine.facilityTotal(item, stage, item, amount(amount, unit), factor.build(), allocation));
        return this;
    }

    Inventory build() {
        return Inventory.of(referenceYear, facilityRegion, lines);
    }

    private static Quantity amount(String value, String unit) {
        return Quantity.of(value, Units.parse(unit));
    }
}
