package dev.tanji.quantity;

/**
 * What a unit measures. Only units of the same dimension convert into each other; {@link #MONEY} never converts
 * from one currency into another, since exchange rates are not units.
 */
public enum Dimension {
    MASS("mass"),
    ENERGY("energy"),
    VOLUME("volume"),
    COUNT("count"),
    DISTANCE("distance"),
    /** Freight transport work, e.g. tonne-kilometres. */
    MASS_DISTANCE("transport work (mass × distance)"),
    AREA("area"),
    MONEY("money");

    private final String label;

    Dimension(String label) {
        this.label = label;
    }

    /** A lower-case name for messages, e.g. "energy". */
    public String label() {
        return label;
    }
}
