package dev.tanji.analytics.query;

import java.math.BigDecimal;

/**
 * Where one product's footprint stands among comparable products of every company: those of the same category and
 * functional unit in the same reference year, each by its latest run. Only figures of the group as a whole are
 * given, never another company's or product's.
 *
 * @param category the category as the product's run names it
 * @param companyCount distinct companies in the group, the product's own included
 * @param productCount products in the group, the product itself included
 * @param productKgCo2e the product's own footprint, kg CO2e per functional unit
 * @param percentRank share of the group's other products with a lower footprint, 0 (lowest) to 1 (highest), rounded
 *        to 6 places
 * @param quartile1KgCo2e first quartile of the group's footprints, interpolated, rounded to 6 places
 * @param medianKgCo2e median of the group's footprints, interpolated, rounded to 6 places
 * @param quartile3KgCo2e third quartile of the group's footprints, interpolated, rounded to 6 places
 */
public record Benchmark(
        String category,
        String functionalUnit,
        int referenceYear,
        int companyCount,
        int productCount,
        BigDecimal productKgCo2e,
        BigDecimal percentRank,
        BigDecimal quartile1KgCo2e,
        BigDecimal medianKgCo2e,
        BigDecimal quartile3KgCo2e) {
}
