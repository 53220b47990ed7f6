package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunExcludedLine;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunStage;
import dev.tanji.footprint.infrastructure.RunSummary;
import dev.tanji.footprint.infrastructure.RunWarning;
import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.ExcludedLine;
import dev.tanji.footprint.model.FactorProvenance;
import dev.tanji.footprint.model.Footprint;
import dev.tanji.footprint.model.InventoryLine;
import dev.tanji.footprint.model.LineResult;
import dev.tanji.footprint.model.Warning;
import dev.tanji.quantity.Gas;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Maps an engine {@link Footprint} onto the rows a run is stored as. */
final class RunRecords {

    private RunRecords() {
    }

    static List<RunStage> stages(Footprint footprint) {
        return footprint.stages().stream()
                .map(s -> new RunStage(s.stage().name(), s.kgCo2e(), s.sharePercent()))
                .toList();
    }

    static List<RunLine> lines(Footprint footprint) {
        return footprint.lines().stream().map(RunRecords::line).toList();
    }

    /**
     * The gases of the lines with a gas that a GWP characterises. A line in CO2e alone (its one gas {@code CO2E}, as
     * most factors give) stores none: its gas is its kg CO2e ({@link RunViews#gasesOf}), and a row for it would
     * only repeat its line for the store and for every reader of it, the warehouse's export first.
     */
    static List<RunLineGas> gases(Footprint footprint) {
        List<RunLineGas> gases = new ArrayList<>();
        for (LineResult line : footprint.lines()) {
            if (line.gases().size() == 1 && line.gases().get(0).gas() == Gas.CO2E) {
                continue;
            }
            line.gases().forEach(gas -> gases.add(new RunLineGas(Integer.parseInt(line.lineId()), gas.gas().name(),
                    gas.kgGas(), gas.gwp(), gas.kgCo2e())));
        }
        return gases;
    }

    static List<RunExcludedLine> excluded(Footprint footprint) {
        return footprint.excluded().lines().stream().map(RunRecords::excluded).toList();
    }

    static RunSummary summary(Footprint footprint, String functionalUnit) {
        return new RunSummary(footprint.origins().fossilKgCo2e(), footprint.origins().biogenicKgCo2e(),
                footprint.origins().unspecifiedKgCo2e(), footprint.quality().primaryDataSharePercent(),
                footprint.quality().rating(), footprint.excluded().massSharePercent(),
                footprint.excluded().estimatedKgCo2e(), functionalUnit);
    }

    static List<RunWarning> warnings(Footprint footprint) {
        List<RunWarning> warnings = new ArrayList<>();
        for (Warning w : footprint.warnings()) {
            warnings.add(new RunWarning(warnings.size() + 1, w.code(),
                    w.lineId() == null ? null : Integer.valueOf(w.lineId()), w.message()));
        }
        return warnings;
    }

    private static RunLine line(LineResult r) {
        InventoryLine line = r.line();
        EmissionFactor factor = line.factor();
        FactorProvenance provenance = factor.provenance();
        Allocation allocation = line.allocation();
        boolean direct = provenance == FactorProvenance.DIRECT;
        return new RunLine(Integer.parseInt(r.lineId()), r.stage().name(), r.item(), r.amount().value(),
                r.amount().unit().symbol(), r.amountInFactorUnit().value(), r.amountInFactorUnit().unit().symbol(),
                direct ? null : UUID.fromString(factor.id()), factor.name(), provenance.setName(),
                provenance.setVersion(), factor.region(), factor.referenceYear(), line.choice().rule().name(),
                r.factorKgCo2ePerUnit(), line.density() == null ? null : line.density().kgPerCubicMetre(),
                allocation != null && allocation.basis() == Allocation.Basis.UNIT_COUNT
                        ? allocation.periodOutput().value() : null,
                allocation == null ? null : allocation.basis().name(),
                allocation == null ? null : allocation.fraction(),
                allocation == null ? null : allocation.figures(), r.kgCo2e(), r.sharePercent(),
                line.dataType() == null ? null : line.dataType().name(), r.quality().temporal(),
                r.quality().geographic(), r.quality().technology(), r.quality().rating());
    }

    private static RunExcludedLine excluded(ExcludedLine excluded) {
        InventoryLine line = excluded.line();
        return new RunExcludedLine(Integer.parseInt(line.id()), line.stage().name(), line.item(),
                line.amount().value(), line.amount().unit().symbol(), excluded.massSharePercent(),
                excluded.estimatedKgCo2e());
    }
}
