package dev.tanji.footprint.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of one run as one flat row, for BI tools: the amount as entered, the factor that was applied and the rule
 * that chose it, the line's kg CO2e and share of the run's total in percent, its temporal and geographic ratings
 * (1 best to 5), and the run's context.
 */
public record RunLineRowView(UUID runId, int lineNo, String stage, String item, BigDecimal amount, String unit,
        String factorName, String factorSetName, String factorRegion, Integer factorYear, String selectionRule,
        BigDecimal kgCo2e, BigDecimal sharePercent, Integer temporalRating, Integer geographicRating,
        String companyName, String facilityName, String productName, int referenceYear, Instant calculatedAt) {
}
