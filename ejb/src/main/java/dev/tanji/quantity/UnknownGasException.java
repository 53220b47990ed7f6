package dev.tanji.quantity;

import dev.tanji.platform.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A greenhouse gas name Tanji does not recognise. Code {@value #CODE}. */
public final class UnknownGasException extends DomainException {

    public static final String CODE = "UNKNOWN_GAS";

    public UnknownGasException(String text) {
        super(CODE, "Unknown greenhouse gas '" + text + "'; use one of "
                + Arrays.stream(Gas.values()).map(Gas::name).collect(Collectors.joining(", ")));
    }
}
