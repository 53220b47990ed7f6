package dev.tanji.platform.referencedata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The identifiers of shipped reference data. They are name-based UUIDs (version 3, {@link UUID#nameUUIDFromBytes}),
 * the same on every installation and database, so clients may rely on them:
 * <ul>
 * <li>a factor set: {@code UUID.nameUUIDFromBytes(("tanji:factor-set:" + key).getBytes(UTF_8))}, where {@code key} is
 * the set's key in {@code factor-sets.csv} (e.g. {@code china-grid-mee-nbs});</li>
 * <li>a factor: {@code UUID.nameUUIDFromBytes(("tanji:factor:" + setKey + ":" + lookupKey).getBytes(UTF_8))}, with
 * the {@linkplain #lookupKey lookup key} of the factor's name, region and year.</li>
 * </ul>
 */
public final class ReferenceIds {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ReferenceIds() {
    }

    public static UUID factorSet(String key) {
        return UUID.nameUUIDFromBytes(("tanji:factor-set:" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static UUID factor(String setKey, String lookupKey) {
        return UUID.nameUUIDFromBytes(("tanji:factor:" + setKey + ":" + lookupKey).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key a factor is found by within its set ({@code emission_factor.lookup_key}): the name stripped, inner
     * whitespace collapsed to one space and lower-cased, then the region stripped and lower-cased, then the year,
     * joined by {@code |}; a missing region or year is empty. {@code "Electricity,  grid average"}, {@code "North
     * China"}, 2022 gives {@code "electricity, grid average|north china|2022"}.
     *
     * <p>The same key as {@code dev.tanji.factor.model.FactorLookupKey} computes for factors entered later (a test
     * holds the two together); written out here so that the shipped identifiers, derived from it, never move.
     */
    public static String lookupKey(String name, String region, Integer year) {
        String normalisedName = WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        String normalisedRegion = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        return normalisedName + "|" + normalisedRegion + "|" + (year == null ? "" : year.toString());
    }
}
