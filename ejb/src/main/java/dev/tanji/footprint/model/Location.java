package dev.tanji.footprint.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Where a facility is, as region codes from the most specific up: a plant in Yidu, Hubei is
 * {@code [CN-HB, CN-GRID-CENTRAL, CN, WORLD]}. Factors are judged against it (ISO 14067:2018 6.3.5, geographical
 * coverage): one for Hubei fits best, one for Central China or China fits less well, one for North China does not.
 *
 * @param lineage region codes (or, for places the {@link RegionHierarchy} does not know, the texts given), most
 *     specific first; empty when the location is unknown
 * @param regions the hierarchy the lineage comes from, which also reads factor regions given by name ("Central
 *     China", "华中"); {@code null} when the location was given as plain text
 */
public record Location(List<String> lineage, RegionHierarchy regions) {

    private static final Location UNKNOWN = new Location(List.of());

    /** A location given as plain texts, compared literally (ignoring case). */
    public Location(List<String> lineage) {
        this(lineage, null);
    }

    public Location {
        lineage = List.copyOf(lineage);
        if (lineage.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("A location's lineage has a blank entry: " + lineage);
        }
    }

    /**
     * The location named by the first of {@code mostSpecificFirst} (e.g. province, then grid region) that
     * {@code regions} knows, with its wider regions. If none is known, the non-blank texts given, stripped, in order;
     * if none is given, {@link #unknown()}.
     */
    public static Location of(RegionHierarchy regions, String... mostSpecificFirst) {
        List<String> given = Arrays.stream(mostSpecificFirst).filter(Objects::nonNull).filter(text -> !text.isBlank())
                .map(String::strip).toList();
        return given.stream().filter(text -> regions.find(text).isPresent()).findFirst()
                .map(known -> new Location(regions.lineage(known), regions))
                .orElseGet(() -> new Location(given));
    }

    /** A facility whose region is not recorded: no factor's geography can be confirmed or refuted. */
    public static Location unknown() {
        return UNKNOWN;
    }

    public boolean isUnknown() {
        return lineage.isEmpty();
    }

    /** The region (a code or a name) as a person reads it, e.g. "Central China" for {@code CN-GRID-CENTRAL}. */
    public String describe(String region) {
        return regions == null || region == null ? region : regions.displayName(region);
    }

    /** The lineage as a person reads it: "Hubei < Central China < China < World". */
    public String describe() {
        return String.join(" < ", lineage.stream().map(this::describe).toList());
    }

    /** The most specific region, {@code null} when unknown. */
    public String mostSpecific() {
        return isUnknown() ? null : lineage.get(0);
    }

    /**
     * How a factor's region relates to this location, comparing codes ignoring case.
     *
     * @param factorRegion the factor's region as a code or, when this location knows its hierarchy, any name the
     *     hierarchy reads
     */
    public GeographicMatch match(String factorRegion) {
        if (factorRegion == null || factorRegion.isBlank() || isUnknown()) {
            return GeographicMatch.UNKNOWN;
        }
        String region = regions == null ? factorRegion.strip() : regions.canonical(factorRegion);
        for (int level = 0; level < lineage.size(); level++) {
            if (lineage.get(level).equalsIgnoreCase(region)) {
                return level == 0 ? GeographicMatch.SAME : new GeographicMatch(GeographicMatch.Kind.WIDER, level);
            }
        }
        return GeographicMatch.OTHER;
    }
}
