package dev.tanji.study.application;

import java.util.UUID;

/**
 * Which studies to list; each filter left {@code null} selects everything.
 *
 * @param referenceYearFrom first reference year included
 * @param referenceYearTo last reference year included
 * @param gwpSet the GWP set the study characterises its gases with
 */
public record StudyCriteria(UUID companyId, UUID productId, UUID facilityId, Integer referenceYearFrom,
        Integer referenceYearTo, GwpSet gwpSet) {
}
