package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.study.infrastructure.StudyEntity;

final class RunViews {

    private RunViews() {
    }

    static RunView of(RunEntity run) {
        StudyEntity study = run.study();
        return new RunView(run.id(), study.id(), study.name(), run.company().id(), run.company().name(),
                study.product().id(), study.product().name(), study.product().functionalUnit(),
                study.facility().id(), study.facility().name(), run.referenceYear(), run.factorSet().id(),
                run.factorSet().name(), run.factorSet().version(), run.gwpSet(), run.totalKgCo2e(), run.inputHash(),
                run.calculatedAt(),
                run.stages().stream()
                        .map(s -> new RunView.StageView(s.stage(), s.kgCo2e(), s.sharePercent())).toList(),
                run.lines().stream()
                        .map(l -> new RunView.LineView(l.lineNo(), l.stage(), l.item(), l.amount(), l.unit(),
                                l.amountInFactorUnit(), l.factorUnit(), l.factorId(), l.factorKgCo2ePerUnit(),
                                l.allocationDivisor(), l.kgCo2e(), l.sharePercent()))
                        .toList(),
                run.warnings().stream()
                        .map(w -> new RunView.WarningView(w.code(), w.lineNo(), w.message())).toList());
    }
}
