package dev.tanji.platform;

import java.math.BigDecimal;

/** Input checks shared by the use cases; each failure is a {@link DomainException} naming the field. */
public final class Validation {

    public static final int MAX_NAME_LENGTH = 200;
    /** The earliest and latest years a study, factor or factor set may be dated. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    private Validation() {
    }

    public static String requireName(String field, String value) {
        return requireText(field, value, MAX_NAME_LENGTH);
    }

    public static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException("INVALID_INPUT", field + " must not be blank");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new DomainException("INVALID_INPUT",
                    field + " is " + trimmed.length() + " characters long; at most " + maxLength + " are allowed");
        }
        return trimmed;
    }

    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(field, value, maxLength);
    }

    public static void requireNonNegative(String code, String what, BigDecimal amount) {
        if (amount == null) {
            throw new DomainException("INVALID_INPUT", what + " is missing");
        }
        if (amount.signum() < 0) {
            throw new DomainException(code, what + " is negative (" + amount.toPlainString()
                    + "); amounts and factors must be zero or more");
        }
    }

    /** Refuses years no footprint study can have, which are typing mistakes (20222, 202). */
    public static int requireYear(String field, Integer year) {
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            throw new DomainException("INVALID_INPUT", field + " must be a year between " + MIN_YEAR + " and " + MAX_YEAR
                    + ", was " + year);
        }
        return year;
    }

    /** Refuses a range that ends before it starts; either end may be left open ({@code null}). */
    public static <T extends Comparable<? super T>> void requireRange(String fromField, T from, String toField, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new DomainException("INVALID_INPUT", fromField + " (" + from + ") is after " + toField + " (" + to
                    + "); the range selects nothing");
        }
    }
}
