package dev.tanji.factor.model;

import dev.tanji.footprint.model.FactorResolver;
import java.util.Locale;

/**
 * What makes a factor unique within its set: its name, region and reference year, so that one set may hold "North
 * China grid" for 2012 and for 2022, or for two regions, but not the same one twice. Stored as
 * {@code emission_factor.lookup_key} under a unique index per set; every writer computes it here.
 */
public final class FactorLookupKey {

    private FactorLookupKey() {
    }

    /**
     * {@code name|region|year}: the name as {@link FactorResolver#normaliseName(String)} normalises it, the region
     * stripped and lower-cased, the year as digits; a missing region or year is empty. {@code " North  China grid "},
     * {@code "North China"}, 2012 gives {@code "north china grid|north china|2012"}.
     */
    public static String of(String name, String region, Integer referenceYear) {
        String regionPart = region == null ? "" : region.strip().toLowerCase(Locale.ROOT);
        return FactorResolver.normaliseName(name) + "|" + regionPart + "|"
                + (referenceYear == null ? "" : referenceYear.toString());
    }
}
