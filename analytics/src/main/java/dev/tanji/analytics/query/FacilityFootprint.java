package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One product's footprint at one facility in one reference year, from its latest run there, ranked among the
 * product's facilities.
 *
 * @param kgCo2ePerFunctionalUnit the run's total, kg CO2e per functional (or declared) unit
 * @param rank 1 for the facility with the lowest footprint of the product; facilities with equal footprints share a
 *        rank
 * @param differenceFromLowestPercent how much more than the product's lowest footprint, in percent of the lowest's
 *        magnitude, rounded to 6 places; null when the lowest is zero
 */
public record FacilityFootprint(
        UUID companyId,
        UUID productId,
        String product,
        String category,
        String functionalUnit,
        UUID facilityId,
        String facility,
        int referenceYear,
        UUID runId,
        String factorSet,
        String factorSetVersion,
        String gwpSet,
        BigDecimal kgCo2ePerFunctionalUnit,
        int rank,
        BigDecimal differenceFromLowestPercent) {
}
