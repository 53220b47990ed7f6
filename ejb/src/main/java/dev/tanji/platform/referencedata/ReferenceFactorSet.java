package dev.tanji.platform.referencedata;

import java.util.UUID;

/**
 * A shipped factor set: one coherent series from one publisher.
 *
 * @param key the stable key the set's identifier is derived from, e.g. {@code china-grid-mee-nbs}
 * @param gwpBasis the IPCC report the publisher characterised CO2e values with, {@code null} if not stated
 */
record ReferenceFactorSet(String key, String name, String publisher, String version, Integer publicationYear,
        String gwpBasis, String source) {

    UUID id() {
        return ReferenceIds.factorSet(key);
    }
}
