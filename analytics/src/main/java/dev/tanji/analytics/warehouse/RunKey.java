package dev.tanji.analytics.warehouse;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;

/**
 * What an export needs to know of a run before reading it in full: its id, which partition it goes to and where in
 * that partition's row order it stands.
 */
public record RunKey(UUID runId, int referenceYear, UUID companyId, UUID productId, UUID facilityId,
        Instant calculatedAt) {

    /**
     * Row order within a year: by company, product and facility id, as stored (the ids' text), so that each row
     * group's min/max statistics span few companies and a query for one company's rows skips the others' groups.
     */
    static final Comparator<RunKey> ROW_ORDER = Comparator.comparing(RunKey::companyId, RunKey::compareAsText)
            .thenComparing(RunKey::productId, RunKey::compareAsText)
            .thenComparing(RunKey::facilityId, RunKey::compareAsText)
            .thenComparing(RunKey::calculatedAt)
            .thenComparing(RunKey::runId, RunKey::compareAsText);

    public RunKey {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(facilityId, "facilityId");
        Objects.requireNonNull(calculatedAt, "calculatedAt");
    }

    /**
     * Two ids in the order of their text, without making it: the text is the 128 bits in fixed-width lower-case
     * hexadecimal with dashes at fixed places, so its order is the bits' order read as unsigned numbers (not
     * {@link UUID#compareTo}, which reads them signed).
     */
    static int compareAsText(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    static RunKey of(RunRecord run) {
        return new RunKey(run.runId(), run.referenceYear(), run.companyId(), run.productId(), run.facilityId(),
                run.calculatedAt());
    }
}
