package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One inventory line of a study under factor set A beside the line with the same number under factor set B.
 *
 * @param stage the stage of A's line, or of B's if A's run has no such line
 * @param item the item of A's line, or of B's if A's run has no such line
 * @param factorA the name of the factor A's line applied; null if it has none, or there is no such line
 * @param kgCo2eA the kg CO2e of A's line; null if A's run has no such line
 * @param deltaKgCo2e {@code kgCo2eB - kgCo2eA}, a missing line counting zero
 */
public record LineComparison(
        UUID studyId,
        int lineNo,
        String stage,
        String item,
        String factorA,
        String factorB,
        BigDecimal kgCo2eA,
        BigDecimal kgCo2eB,
        BigDecimal deltaKgCo2e) {
}
