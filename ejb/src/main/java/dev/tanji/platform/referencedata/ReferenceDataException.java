package dev.tanji.platform.referencedata;

/** A reference data file that cannot be loaded; the message names the file and the line. */
public class ReferenceDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReferenceDataException(String message) {
        super(message);
    }

    public ReferenceDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
