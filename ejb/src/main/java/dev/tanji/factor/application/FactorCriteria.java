package dev.tanji.factor.application;

import java.util.UUID;

/**
 * Which factors to list; each filter left {@code null} selects everything.
 *
 * @param factorSetId the set they belong to
 * @param search text their name or category contains, in any case
 * @param category their category, in any case
 * @param region the region they represent: any name, code or alias of a known region (North China, 华北,
 *        CN-GRID-NORTH), else the text as entered, in any case
 * @param year the year they represent
 */
public record FactorCriteria(UUID factorSetId, String search, String category, String region, Integer year) {
}
