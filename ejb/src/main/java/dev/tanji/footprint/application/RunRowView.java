package dev.tanji.footprint.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One run as one flat row, for BI tools: its context by id and name, and its figures per functional unit in kg CO2e
 * (origin split, primary data share in percent, data-quality rating 1 best to 5) and how many warnings it carries.
 */
public record RunRowView(UUID runId, UUID studyId, String studyName, UUID companyId, String companyName,
        UUID facilityId, String facilityName, UUID productId, String productName, String functionalUnit,
        int referenceYear, String factorSetName, String factorSetVersion, String gwpSet, BigDecimal totalKgCo2e,
        BigDecimal fossilKgCo2e, BigDecimal biogenicKgCo2e, BigDecimal primaryDataSharePercent,
        BigDecimal dataQualityRating, int warningCount, Instant calculatedAt) {
}
