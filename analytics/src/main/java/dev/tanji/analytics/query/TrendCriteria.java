package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.WarehouseQueryException.invalidInput;

import java.util.UUID;

/**
 * Which year-over-year changes {@link WarehouseQueries#annualTrend} reports.
 *
 * @param companyId the company whose runs are read; null for every company's
 * @param productId one product only; null for every product
 * @param yearFrom the first year compared with its predecessor, inclusive; null for no bound. The predecessor
 *        itself may be earlier.
 * @param yearTo the last year compared with its predecessor, inclusive; null for no bound
 * @throws WarehouseQueryException {@code INVALID_INPUT} if {@code yearFrom} is after {@code yearTo}
 */
public record TrendCriteria(UUID companyId, UUID productId, Integer yearFrom, Integer yearTo) {

    public TrendCriteria {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw invalidInput("The first year (" + yearFrom + ") is after the last (" + yearTo + ")");
        }
    }

    /** Every product of a company (of every company if null), every year. */
    public static TrendCriteria ofCompany(UUID companyId) {
        return new TrendCriteria(companyId, null, null, null);
    }

    public TrendCriteria forProduct(UUID productId) {
        return new TrendCriteria(companyId, productId, yearFrom, yearTo);
    }

    public TrendCriteria between(Integer yearFrom, Integer yearTo) {
        return new TrendCriteria(companyId, productId, yearFrom, yearTo);
    }
}
