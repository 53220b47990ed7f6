package dev.tanji.footprint.model;

import java.util.Objects;

/**
 * How well a factor's region covers a facility's {@link Location} (ISO 14067:2018 6.3.5, geographical coverage).
 *
 * @param levels for {@link Kind#WIDER} how many levels up the factor's region is (Central China for a plant in Hubei:
 *     1, China: 2); 0 for {@link Kind#SAME}; -1 when the factor's region is not in the location's lineage
 */
public record GeographicMatch(Kind kind, int levels) {

    public static final GeographicMatch SAME = new GeographicMatch(Kind.SAME, 0);
    public static final GeographicMatch OTHER = new GeographicMatch(Kind.OTHER, -1);
    public static final GeographicMatch UNKNOWN = new GeographicMatch(Kind.UNKNOWN, -1);

    public GeographicMatch {
        Objects.requireNonNull(kind, "kind");
    }

    public enum Kind {
        /** The factor is for the facility's most specific region. */
        SAME,
        /** The factor is for a region that contains the facility's (its grid region, country, the world). */
        WIDER,
        /** The factor is for another region: a geographical mismatch to report or justify. */
        OTHER,
        /** The factor names no region or the facility's location is unknown: coverage cannot be judged. */
        UNKNOWN
    }

    /** {@code true} when the factor represents a region the facility is not in. */
    public boolean isMismatch() {
        return kind == Kind.OTHER;
    }
}
