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
 * Each line's id is its item. Lines with more to say (density, transport leg, data type, rating) are added with
 * {@code with(item(ENERGY, "welding CO2", "9.88", "m³").factor(...).density(...))}.
 */
final class StudyBuilder {

    private final List<InventoryLine> lines = new ArrayList<>();
    private final List<String> functionalUnitStatements = new ArrayList<>();
    private Integer referenceYear;
    private String facilityRegion;
    private Location location;
    private GwpTable gwp;
    private CutOffRule cutOff;

    private StudyBuilder() {
    }

    static StudyBuilder aStudy() {
        return new StudyBuilder();
    }

    /** A line to complete with the {@link InventoryLine.Builder}'s own steps; its id is its item. */
    static InventoryLine.Builder item(LifeCycleStage stage, String item, String amount, String unit) {
        return InventoryLine.builder(item, stage, item, amount(amount, unit));
    }

    StudyBuilder referenceYear(int year) {
        this.referenceYear = year;
        return this;
    }

    /** The facility's region as literal text, compared with factor regions as text. */
    StudyBuilder madeIn(String region) {
        this.facilityRegion = region;
        return this;
    }

    /** The facility's location, e.g. {@code Location.of(RegionHierarchy.standard(), "Hubei")}. */
    StudyBuilder at(Location facility) {
        this.location = facility;
        return this;
    }

    StudyBuilder characterisedWith(GwpTable gwpSet) {
        this.gwp = gwpSet;
        return this;
    }

    /** One more way the study states its functional unit. */
    StudyBuilder functionalUnit(String... statements) {
        functionalUnitStatements.addAll(List.of(statements));
        return this;
    }

    StudyBuilder cutOff(CutOffRule rule) {
        this.cutOff = rule;
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

    /** A raw material left out under the cut-off rule; {@code factor} may be {@code null}. */
    StudyBuilder excluded(String item, String amount, String unit, FactorBuilder factor) {
        return with(item(RAW_MATERIAL_ACQUISITION, item, amount, unit)
                .factor(factor == null ? null : factor.build()).excluded(false));
    }

    /** A rare or high-purity material left out under the cut-off rule's stricter threshold. */
    StudyBuilder excludedRare(String item, String amount, String unit, FactorBuilder factor) {
        return with(item(RAW_MATERIAL_ACQUISITION, item, amount, unit)
                .factor(factor == null ? null : factor.build()).excluded(true));
    }

    StudyBuilder with(InventoryLine.Builder line) {
        lines.add(line.build());
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
        Inventory plain = Inventory.of(referenceYear, facilityRegion, lines);
        return new Inventory(referenceYear, location == null ? plain.location() : location,
                gwp == null ? plain.gwp() : gwp, functionalUnitStatements,
                cutOff == null ? plain.cutOff() : cutOff, plain.lines());
    }

    static Quantity amount(String value, String unit) {
        return Quantity.of(value, Units.parse(unit));
    }
}
