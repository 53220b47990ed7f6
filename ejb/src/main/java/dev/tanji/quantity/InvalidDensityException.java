package dev.tanji.quantity;

import dev.tanji.platform.DomainException;

/** A density that is not a positive number of kg/m³. Code {@value #CODE}. */
public final class InvalidDensityException extends DomainException {

    public static final String CODE = "INVALID_DENSITY";

    public InvalidDensityException(String text) {
        super(CODE, "Invalid density '" + text + "': give a positive number of kg/m³, e.g. 1.977 for CO2 at 0 °C and"
                + " 1 atm");
    }
}
