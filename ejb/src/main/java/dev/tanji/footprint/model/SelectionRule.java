package dev.tanji.footprint.model;

/**
 * Why a factor was chosen for an inventory line, from the best fit to the facility's geography and the study's
 * reference year down (ISO 14067:2018 6.3.5, geographical and time-related coverage). {@link FactorResolver}
 * tries region before year: a factor for the facility's own region from an earlier year beats one for a wider
 * region from the reference year.
 */
public enum SelectionRule {
    /** The line named the factor itself (by id); no lookup took place, so no rule of fit was applied. */
    EXPLICIT,
    /**
     * A factor for the facility's most specific region and the study's reference year, or an undated factor for
     * that region (or, without a reference year, its latest).
     */
    EXACT,
    /** A factor for the facility's most specific region from the latest year before the reference year. */
    NEAREST_EARLIER_YEAR,
    /**
     * A factor for a region containing the facility's (grid region, country, world), or one that names no region,
     * for the reference year or undated.
     */
    WIDER_REGION,
    /** A factor for a wider region (or none), from the latest year before the reference year it has. */
    WIDER_REGION_NEAREST_EARLIER_YEAR
}
