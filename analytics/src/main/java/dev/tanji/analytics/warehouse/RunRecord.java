package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One calculation run as the warehouse stores it. Runs are immutable: a recalculation is a new run with a new id,
 * so a run id already in the warehouse is never written again.
 *
 * @param category the product's category; null if it has none
 * @param functionalUnit the functional (or, with {@code declaredUnit}, declared) unit the total is per
 * @param factorSetId the run's first (primary) factor set; null only for runs with no factor set
 * @param stageKgCo2e kg CO2e per life-cycle stage, keyed by {@link WarehouseStages} names; a stage left out had no
 *        lines
 * @param primaryDataSharePercent share of the total from primary data; null if unknown
 * @param dataQualityRating contribution-weighted data-quality rating, 1 (best) to 5; null if unrated
 */
public record RunRecord(
        UUID runId,
        UUID studyId,
        String study,
        UUID companyId,
        String company,
        UUID facilityId,
        String facility,
        UUID productId,
        String product,
        String category,
        String functionalUnit,
        boolean declaredUnit,
        int referenceYear,
        UUID factorSetId,
        String factorSet,
        String factorSetVersion,
        String gwpSet,
        BigDecimal totalKgCo2e,
        Map<String, BigDecimal> stageKgCo2e,
        BigDecimal primaryDataSharePercent,
        BigDecimal dataQualityRating,
        String inputHash,
        Instant calculatedAt,
        List<LineRecord> lines) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(totalKgCo2e, "totalKgCo2e");
        Objects.requireNonNull(calculatedAt, "calculatedAt");
        if (referenceYear < 1 || referenceYear > 9999) {
            throw new IllegalArgumentException("referenceYear must have at most four digits: " + referenceYear);
        }
        stageKgCo2e = Map.copyOf(Objects.requireNonNull(stageKgCo2e, "stageKgCo2e"));
        stageKgCo2e.keySet().forEach(WarehouseStages::requireKnown);
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
