package dev.tanji.footprint.model;

import dev.tanji.platform.DomainException;

/**
 * An inventory that cannot be calculated. {@link #code()} is stable: {@value #NEGATIVE_AMOUNT},
 * {@value #INVALID_ALLOCATION}, {@value #EMPTY_INVENTORY}, {@value #DUPLICATE_LINE_ID}. A factor that does not fit
 * its amount's unit raises {@link dev.tanji.quantity.UnitMismatchException} ({@code UNIT_MISMATCH}) instead.
 */
public final class CalculationException extends DomainException {

    public static final String NEGATIVE_AMOUNT = "NEGATIVE_AMOUNT";
    public static final String INVALID_ALLOCATION = "INVALID_ALLOCATION";
    public static final String EMPTY_INVENTORY = "EMPTY_INVENTORY";
    public static final String DUPLICATE_LINE_ID = "DUPLICATE_LINE_ID";
    /** The GWP set has no value for a gas a factor or direct emission names. */
    public static final String GWP_NOT_DEFINED = "GWP_NOT_DEFINED";
    /** Excluded lines break the study's cut-off rule (ISO 14067:2018 6.3.4.3). */
    public static final String CUT_OFF_EXCEEDED = "CUT_OFF_EXCEEDED";
    /** A cut-off threshold outside 0-100 %, or an excluded line whose mass cannot be known. */
    public static final String INVALID_CUT_OFF = "INVALID_CUT_OFF";
    /** A data quality rating outside 1-5. */
    public static final String INVALID_RATING = "INVALID_RATING";
    /**
     * Two factors of one set tie for a line's lookup (same name, region and year), so none is taken silently; the
     * message names both ids.
     */
    public static final String AMBIGUOUS_FACTOR = "AMBIGUOUS_FACTOR";
    /**
     * No factor set has a factor of the line's name for the facility's region (or a wider one) and the reference
     * year (or an earlier one); the message lists what exists under that name.
     */
    public static final String FACTOR_NOT_FOUND = "FACTOR_NOT_FOUND";

    public CalculationException(String code, String message) {
        super(code, message);
    }
}
