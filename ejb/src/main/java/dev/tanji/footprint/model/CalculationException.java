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

    public CalculationException(String code, String message) {
        super(code, message);
    }
}
