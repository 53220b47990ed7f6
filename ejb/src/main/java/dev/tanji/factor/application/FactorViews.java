package dev.tanji.factor.application;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorGasAmount;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import java.util.Comparator;

/** Read models of the factor entities, built inside the transaction. */
final class FactorViews {

    private FactorViews() {
    }

    static FactorSetView of(FactorSetEntity s, long factorCount) {
        return new FactorSetView(s.id(), s.company() == null ? null : s.company().id(), s.name(), s.publisher(),
                s.version(), s.publicationYear(), s.gwpBasis(), s.source(), factorCount);
    }

    static FactorView of(EmissionFactorEntity f) {
        return new FactorView(f.id(), f.factorSet().id(), f.name(), f.category(), f.region(), f.referenceYear(),
                f.value(), f.unit(), f.gases().stream().sorted(Comparator.comparing(FactorGasAmount::gas))
                        .map(g -> new GasAmountView(g.gas(), g.amount())).toList(),
                f.uncertaintyPercent(), f.confidence(), f.source());
    }
}
