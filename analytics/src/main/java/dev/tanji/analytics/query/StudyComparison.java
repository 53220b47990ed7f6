package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One study's latest run under factor set A beside its latest run under factor set B.
 *
 * @param deltaKgCo2e {@code totalKgCo2eB - totalKgCo2eA}
 * @param deltaPercent the delta in percent of A's total's magnitude, rounded to 6 places; null when A's total is
 *        zero
 */
public record StudyComparison(
        UUID studyId,
        String study,
        UUID productId,
        String product,
        String facility,
        int referenceYear,
        UUID runIdA,
        UUID runIdB,
        BigDecimal totalKgCo2eA,
        BigDecimal totalKgCo2eB,
        BigDecimal deltaKgCo2e,
        BigDecimal deltaPercent) {
}
