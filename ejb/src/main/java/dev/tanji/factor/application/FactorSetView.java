package dev.tanji.factor.application;

import java.util.UUID;

/** A stored factor set; {@code companyId} is null for shared reference data. See {@link NewFactorSet}. */
public record FactorSetView(UUID id, UUID companyId, String name, String publisher, String version,
        Integer publicationYear, String gwpBasis, String source, long factorCount) {
}
