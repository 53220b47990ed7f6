package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunExcludedLine;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunSummary;
import dev.tanji.footprint.infrastructure.RunWarning;
import dev.tanji.quantity.Gas;
import dev.tanji.study.infrastructure.StudyEntity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Reads a stored run and its parts into views, inside the transaction that loaded them. */
final class RunViews {

    private static final Comparator<RunLineGas> GAS_ORDER = Comparator.comparing(g -> Gas.valueOf(g.gas()));
    /** The GWP a line in CO2e alone is shown with, at the scale the store keeps GWP values. */
    private static final BigDecimal CO2E_GWP = BigDecimal.ONE.setScale(12);

    private RunViews() {
    }

    /** The run's own row; its parts are left unread. */
    static RunView of(RunEntity run) {
        StudyEntity study = run.study();
        RunSummary summary = run.summary() == null
                ? new RunSummary(null, null, null, null, null, null, null, null) : run.summary();
        return new RunView(run.id(), study.id(), study.name(), run.company().id(), run.company().name(),
                study.product().id(), study.product().name(), summary.functionalUnit() == null
                        ? study.product().functionalUnit() : summary.functionalUnit(),
                study.facility().id(), study.facility().name(), run.referenceYear(), run.factorSet().id(),
                run.factorSet().name(), run.factorSet().version(), run.gwpSet(), run.totalKgCo2e(), run.inputHash(),
                run.calculatedAt(),
                new RunView.OriginView(summary.fossilKgCo2e(), summary.biogenicKgCo2e(),
                        summary.unspecifiedKgCo2e()),
                new RunView.QualityView(summary.primaryDataSharePercent(), summary.dataQualityRating(),
                        summary.excludedMassSharePercent(), summary.excludedKgCo2e()));
    }

    /**
     * A line's gases as stored, in the order of {@link Gas}; a line stored without gases is in CO2e alone
     * ({@link RunRecords#gases}), and its one gas is {@code CO2E}: its kg CO2e, a GWP of 1. Runs stored before
     * such lines went without gases have the {@code CO2E} row, and read the same.
     */
    static List<RunLineGas> gasesOf(int lineNo, BigDecimal kgCo2e, List<RunLineGas> stored) {
        if (stored.isEmpty()) {
            return List.of(new RunLineGas(lineNo, Gas.CO2E.name(), kgCo2e, CO2E_GWP, kgCo2e));
        }
        return stored.size() == 1 ? stored : stored.stream().sorted(GAS_ORDER).toList();
    }

    static RunView.LineView line(RunLine l, List<RunLineGas> gases) {
        return new RunView.LineView(l.lineNo(), l.stage(), l.item(), l.amount(), l.unit(), l.amountInFactorUnit(),
                l.factorUnit(), l.factorId(), l.factorName(), l.factorSetName(), l.factorSetVersion(),
                l.factorRegion(), l.factorYear(), l.selectionRule(), l.factorKgCo2ePerUnit(), l.densityKgPerM3(),
                l.allocationDivisor(), l.allocationBasis(), l.allocationFraction(), l.allocationFigures(),
                l.kgCo2e(), l.sharePercent(), l.dataType(), l.temporalRating(), l.geographicRating(),
                l.technologyRating(), l.qualityRating(), gases.stream().map(RunViews::gas).toList());
    }

    static RunView.GasView gas(RunLineGas g) {
        return new RunView.GasView(g.gas(), g.kgGas(), g.gwp(), g.kgCo2e());
    }

    /** A run's totals per gas, in the order of {@link Gas}, from the gases of its lines ({@link #gasesOf}). */
    static List<RunView.GasView> totals(List<RunLineGas> gases) {
        Map<Gas, BigDecimal[]> byGas = new EnumMap<>(Gas.class);
        for (RunLineGas gas : gases) {
            BigDecimal[] sums = byGas.computeIfAbsent(Gas.valueOf(gas.gas()),
                    g -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sums[0] = sums[0].add(gas.kgGas());
            sums[1] = sums[1].add(gas.kgCo2e());
        }
        List<RunView.GasView> totals = new ArrayList<>();
        byGas.forEach((gas, sums) -> totals.add(new RunView.GasView(gas.name(), sums[0], null, sums[1])));
        return totals;
    }

    static RunView.ExcludedView excluded(RunExcludedLine e) {
        return new RunView.ExcludedView(e.lineNo(), e.stage(), e.item(), e.amount(), e.unit(), e.massSharePercent(),
                e.estimatedKgCo2e());
    }

    static RunView.WarningView warning(RunWarning w) {
        return new RunView.WarningView(w.code(), w.lineNo(), w.message());
    }
}
