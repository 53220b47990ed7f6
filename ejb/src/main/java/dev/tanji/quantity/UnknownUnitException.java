package dev.tanji.quantity;

import dev.tanji.platform.DomainException;

/** A unit (or emission-factor unit) spelling Tanji does not recognise. Code {@value #CODE}. */
public final class UnknownUnitException extends DomainException {

    public static final String CODE = "UNKNOWN_UNIT";

    private final String text;

    public UnknownUnitException(String text, String message) {
        super(CODE, message);
        this.text = text;
    }

    /** The text as it was given, possibly {@code null} or blank. */
    public String text() {
        return text;
    }
}
