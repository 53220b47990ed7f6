package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One calculation run as the warehouse stores it. Runs are immutable: a recalculation is a new run with a new id,
 * so a run id already in the warehouse is never written again.
 *
 * <p>{@code functionalUnit}, {@code factorSet}, {@code gwpSet} and {@code inputHash} may be null; everything else
 * is required.
 */
public record RunRecord(
        UUID runId,
        UUID studyId,
        String company,
        String facility,
        String product,
        String functionalUnit,
        int referenceYear,
        String factorSet,
        String gwpSet,
        BigDecimal totalKgCo2e,
        String inputHash,
        Instant calculatedAt,
        List<LineRecord> lines) {

    public RunRecord {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(studyId, "studyId");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(totalKgCo2e, "totalKgCo2e");
        Objects.requireNonNull(calculatedAt, "calculatedAt");
        if (referenceYear < 1 || referenceYear > 9999) {
            throw new IllegalArgumentException("referenceYear must have at most four digits: " + referenceYear);
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }
}
