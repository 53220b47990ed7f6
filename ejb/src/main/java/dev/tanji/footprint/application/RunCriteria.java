package dev.tanji.footprint.application;

import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.study.application.GwpSet;
import java.time.Instant;
import java.util.UUID;

/**
 * Which runs (or run lines) to list; each filter left {@code null} selects everything. The company, reference year,
 * factor set and GWP set are the run's own (a recalculation under other sets is a run of those sets); facility and
 * product are its study's.
 *
 * @param referenceYearFrom first reference year included
 * @param referenceYearTo last reference year included
 * @param calculatedFrom runs calculated at or after this instant: a BI tool's incremental refresh passes the latest
 *        {@code calculatedAt} it already holds
 * @param calculatedTo runs calculated before this instant (excluded)
 * @param stage for runs, those with a result in this stage; for run lines, the lines of this stage
 */
public record RunCriteria(UUID companyId, UUID facilityId, UUID productId, UUID studyId, UUID factorSetId,
        GwpSet gwpSet, Integer referenceYearFrom, Integer referenceYearTo, Instant calculatedFrom,
        Instant calculatedTo, LifeCycleStage stage) {

    /** Every run. */
    public static final RunCriteria ALL = new RunCriteria(null, null, null, null, null, null, null, null, null, null,
            null);
}
