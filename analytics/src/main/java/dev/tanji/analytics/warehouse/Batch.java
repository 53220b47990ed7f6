package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The runs one export writes: those not yet in the warehouse, each once, grouped by reference year and in
 * {@link RunKey#ROW_ORDER} within a year.
 */
final class Batch {

    private final NavigableMap<Integer, List<RunKey>> runsByYear;
    private final int skipped;

    private Batch(NavigableMap<Integer, List<RunKey>> runsByYear, int skipped) {
        this.runsByYear = runsByYear;
        this.skipped = skipped;
    }

    static Batch select(Collection<RunKey> runs, Manifest manifest) {
        Map<UUID, RunKey> fresh = new LinkedHashMap<>();
        int skipped = 0;
        for (RunKey run : runs) {
            if (manifest.contains(run.runId()) || fresh.putIfAbsent(run.runId(), run) != null) {
                skipped++;
            }
        }
        NavigableMap<Integer, List<RunKey>> byYear = fresh.values().stream()
                .sorted(RunKey.ROW_ORDER)
                .collect(Collectors.groupingBy(RunKey::referenceYear, TreeMap::new, Collectors.toList()));
        return new Batch(byYear, skipped);
    }

    boolean isEmpty() {
        return runsByYear.isEmpty();
    }

    int skipped() {
        return skipped;
    }

    int size() {
        return runsByYear.values().stream().mapToInt(List::size).sum();
    }

    Collection<Integer> years() {
        return runsByYear.keySet();
    }

    List<RunKey> runs(int referenceYear) {
        return runsByYear.get(referenceYear);
    }

    List<UUID> runIds() {
        List<UUID> ids = new ArrayList<>();
        runsByYear.values().forEach(runs -> runs.forEach(run -> ids.add(run.runId())));
        return ids;
    }

    /**
     * Checks that a run read for {@code key} is that run and fits the file format. Lines first: a line too large also
     * makes its stage and run too large, and the line is the cause.
     */
    static void check(RunKey key, RunRecord run) {
        if (run == null || !run.runId().equals(key.runId()) || run.referenceYear() != key.referenceYear()) {
            throw new IllegalStateException("The source did not give run " + key.runId() + " as offered"
                    + (run == null ? "" : ": it gave run " + run.runId() + " of " + run.referenceYear()));
        }
        for (LineRecord line : run.lines()) {
            check(line.amount(), run, line, "amount");
            check(line.amountInFactorUnit(), run, line, "amount_in_factor_unit");
            check(line.kgCo2e(), run, line, "kg_co2e");
            for (int set = 0; set < LineRecord.GWP_SETS.size(); set++) {
                BigDecimal kg = line.kgCo2eUnder(set);
                if (kg != null) {
                    check(kg, run, line, "kg_co2e under ", LineRecord.GWP_SETS.get(set));
                }
            }
        }
        check(run.totalKgCo2e(), run, null, "total_kg_co2e");
        run.stageKgCo2e().forEach((stage, kg) -> check(kg, run, null, stage, " kg_co2e"));
        if (run.primaryDataSharePercent() != null) {
            check(run.primaryDataSharePercent(), run, null, "primary_data_share_percent");
        }
        if (run.dataQualityRating() != null) {
            check(run.dataQualityRating(), run, null, "data_quality_rating");
        }
    }

    /** {@code line}: the line the value is of, null for a value of the run itself. */
    private static void check(BigDecimal value, RunRecord run, LineRecord line, String what) {
        check(value, run, line, what, "");
    }

    /** The value's name is {@code what} and {@code whatNext}, put together only for the message of a failure. */
    private static void check(BigDecimal value, RunRecord run, LineRecord line, String what, String whatNext) {
        try {
            Decimals.requireFits(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot export run " + run.runId()
                    + (line == null ? "" : " line " + line.lineNo()) + " " + what + whatNext + ": " + e.getMessage(),
                    e);
        }
    }
}
