package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.WarehouseQueryException.invalidInput;

import dev.tanji.analytics.warehouse.LineRecord;
import java.util.Locale;
import java.util.UUID;

/**
 * What {@link WarehouseQueries#facilities} compares: one product, or every product of one category, in one
 * reference year, optionally only runs under one factor set or one GWP set.
 *
 * @param companyId the company whose runs are read; null for every company's
 * @param productId the product; null when {@code category} is given
 * @param category the category, matched case-insensitively; null when {@code productId} is given
 * @param factorSetId only runs whose primary factor set this is; null for any
 * @param gwpSet only runs under this GWP set ({@code AR4}, {@code AR5}, {@code AR6}, any case); null for any
 * @throws WarehouseQueryException {@code INVALID_INPUT} unless exactly one of product and category is given, or
 *         for an unknown GWP set
 */
public record FacilityCriteria(
        UUID companyId,
        UUID productId,
        String category,
        int referenceYear,
        UUID factorSetId,
        String gwpSet) {

    public FacilityCriteria {
        if (category != null && category.isBlank()) {
            category = null;
        }
        if ((productId == null) == (category == null)) {
            throw invalidInput("Give either a product or a category to compare facilities by, not "
                    + (productId == null ? "neither" : "both"));
        }
        if (gwpSet != null) {
            gwpSet = gwpSet.toUpperCase(Locale.ROOT);
            if (!LineRecord.GWP_SETS.contains(gwpSet)) {
                throw invalidInput("Unknown GWP set " + gwpSet + "; expected one of " + LineRecord.GWP_SETS);
            }
        }
    }

    public static FacilityCriteria ofProduct(UUID companyId, UUID productId, int referenceYear) {
        return new FacilityCriteria(companyId, productId, null, referenceYear, null, null);
    }

    public static FacilityCriteria ofCategory(UUID companyId, String category, int referenceYear) {
        return new FacilityCriteria(companyId, null, category, referenceYear, null, null);
    }

    public FacilityCriteria underFactorSet(UUID factorSetId) {
        return new FacilityCriteria(companyId, productId, category, referenceYear, factorSetId, gwpSet);
    }

    public FacilityCriteria underGwpSet(String gwpSet) {
        return new FacilityCriteria(companyId, productId, category, referenceYear, factorSetId, gwpSet);
    }
}
