package dev.tanji.analytics.query;

import java.util.List;

/**
 * Studies calculated under two factor sets, A and B, side by side: each study's totals, and each of its lines.
 *
 * @param studies ordered by product, then study
 * @param lines ordered as {@code studies}, then by line number
 */
public record FactorSetComparison(List<StudyComparison> studies, List<LineComparison> lines) {

    public FactorSetComparison {
        studies = List.copyOf(studies);
        lines = List.copyOf(lines);
    }
}
