package dev.tanji.platform;

/**
 * A refusal the caller can act on: bad input, a missing reference, a rule of the method that the data breaks.
 *
 * <p>The {@link #code()} is stable and machine-readable (UPPER_SNAKE); clients switch on it. The message is for a
 * person and names the offending value. Declared an application exception with rollback in {@code ejb-jar.xml}, so a
 * failed use case leaves the store as it was.
 */
public class DomainException extends RuntimeException {

    private final String code;

    public DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
