package dev.tanji.platform.referencedata;

import java.util.List;

/** The validated content of the three reference data files. */
record ReferenceData(List<GwpValue> gwpValues, List<ReferenceFactorSet> sets, List<ReferenceFactor> factors) {

    ReferenceData {
        gwpValues = List.copyOf(gwpValues);
        sets = List.copyOf(sets);
        factors = List.copyOf(factors);
    }
}
