package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The footprint of one product at one facility of one company for one reference year: the total of the latest run
 * (by calculation time), how many runs were made for it, and which one is the latest.
 */
public record FootprintTotal(
        String company,
        String product,
        String facility,
        int referenceYear,
        BigDecimal totalKgCo2e,
        long runCount,
        UUID latestRunId) {
}
