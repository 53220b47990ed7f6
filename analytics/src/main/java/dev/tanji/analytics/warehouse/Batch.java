package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The runs one export writes: those not yet in the warehouse, each once, checked to fit the file format and
 * grouped by reference year. Within a year, rows are sorted by company, product and facility id, as stored (the ids'
 * text), so that each row group's min/max statistics span few companies and a query for one company's runs or lines
 * skips the row groups of the others.
 */
final class Batch {

    private static final Comparator<RunRecord> ROW_ORDER =
            Comparator.comparing((RunRecord run) -> run.companyId().toString())
                    .thenComparing(run -> run.productId().toString())
                    .thenComparing(run -> run.facilityId().toString())
                    .thenComparing(RunRecord::calculatedAt)
                    .thenComparing(run -> run.runId().toString());

    private final NavigableMap<Integer, List<RunRecord>> runsByYear;
    private final int skipped;

    private Batch(NavigableMap<Integer, List<RunRecord>> runsByYear, int skipped) {
        this.runsByYear = runsByYear;
        this.skipped = skipped;
    }

    static Batch select(Collection<RunRecord> runs, Manifest manifest) {
        Map<UUID, RunRecord> fresh = new LinkedHashMap<>();
        int skipped = 0;
        for (RunRecord run : runs) {
            if (manifest.contains(run.runId()) || fresh.putIfAbsent(run.runId(), run) != null) {
                skipped++;
            }
        }
        fresh.values().forEach(Batch::checkDecimals);
        NavigableMap<Integer, List<RunRecord>> byYear = fresh.values().stream()
                .sorted(ROW_ORDER)
                .collect(Collectors.groupingBy(RunRecord::referenceYear, TreeMap::new, Collectors.toList()));
        return new Batch(byYear, skipped);
    }

    boolean isEmpty() {
        return runsByYear.isEmpty();
    }

    int skipped() {
        return skipped;
    }

    Collection<Integer> years() {
        return runsByYear.keySet();
    }

    List<RunRecord> runs(int referenceYear) {
        return runsByYear.get(referenceYear);
    }

    List<UUID> runIds() {
        List<UUID> ids = new ArrayList<>();
        runsByYear.values().forEach(runs -> runs.forEach(run -> ids.add(run.runId())));
        return ids;
    }

    int lineCount() {
        return runsByYear.values().stream().flatMap(List::stream).mapToInt(run -> run.lines().size()).sum();
    }

    /** Lines first: a line too large also makes its stage and run too large, and the line is the cause. */
    private static void checkDecimals(RunRecord run) {
        for (LineRecord line : run.lines()) {
            String where = "run " + run.runId() + " line " + line.lineNo() + " ";
            check(line.amount(), where + "amount");
            check(line.amountInFactorUnit(), where + "amount_in_factor_unit");
            check(line.kgCo2e(), where + "kg_co2e");
            line.kgCo2eByGwpSet().forEach((set, kg) -> check(kg, where + "kg_co2e under " + set));
        }
        check(run.totalKgCo2e(), "run " + run.runId() + " total_kg_co2e");
        run.stageKgCo2e().forEach((stage, kg) -> check(kg, "run " + run.runId() + " " + stage + " kg_co2e"));
        if (run.primaryDataSharePercent() != null) {
            check(run.primaryDataSharePercent(), "run " + run.runId() + " primary_data_share_percent");
        }
        if (run.dataQualityRating() != null) {
            check(run.dataQualityRating(), "run " + run.runId() + " data_quality_rating");
        }
    }

    private static void check(BigDecimal value, String what) {
        try {
            Decimals.unscaled(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot export " + what + ": " + e.getMessage(), e);
        }
    }
}
