package dev.tanji.factor.application;

import java.util.List;
import java.util.UUID;

/** A factor set with its factors; {@code companyId} null makes it shared reference data. */
public record NewFactorSet(UUID companyId, String name, String publisher, String version, Integer publicationYear,
        List<NewFactor> factors) {
}
