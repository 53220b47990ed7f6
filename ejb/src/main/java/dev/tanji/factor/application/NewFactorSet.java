package dev.tanji.factor.application;

import java.util.List;
import java.util.UUID;

/**
 * A factor set with its factors; {@code companyId} null makes it shared reference data.
 *
 * @param gwpBasis the IPCC report ({@code AR4}, {@code AR5}, {@code AR6}) the publisher characterised its CO2e
 *     figures with, {@code null} if it does not say
 * @param source the citation of the set as a whole (database, publication, URL), if any
 */
public record NewFactorSet(UUID companyId, String name, String publisher, String version, Integer publicationYear,
        String gwpBasis, String source, List<NewFactor> factors) {
}
