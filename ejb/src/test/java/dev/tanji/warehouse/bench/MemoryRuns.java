package dev.tanji.warehouse.bench;

import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.RunSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs read once and held in memory: an export of them times encoding alone. */
final class MemoryRuns implements RunSource {

    private final List<RunRecord> runs;
    private final Map<UUID, RunRecord> byId = new HashMap<>();

    MemoryRuns(List<RunRecord> runs) {
        this.runs = List.copyOf(runs);
        runs.forEach(run -> byId.put(run.runId(), run));
    }

    List<RunRecord> runs() {
        return runs;
    }

    long lines() {
        return runs.stream().mapToLong(run -> run.lines().size()).sum();
    }

    @Override
    public List<RunKey> keys() {
        return runs.stream().map(run -> new RunKey(run.runId(), run.referenceYear(), run.companyId(),
                run.productId(), run.facilityId(), run.calculatedAt())).toList();
    }

    @Override
    public List<RunRecord> read(List<RunKey> keys) {
        return keys.stream().map(key -> byId.get(key.runId())).toList();
    }
}
