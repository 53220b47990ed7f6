package dev.tanji.analytics.warehouse;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Runs already in memory, offered to an export. */
final class InMemoryRuns implements RunSource {

    private final List<RunKey> keys;
    private final Map<UUID, RunRecord> byId = new HashMap<>();

    InMemoryRuns(Collection<RunRecord> runs) {
        this.keys = runs.stream().map(RunKey::of).toList();
        runs.forEach(run -> byId.putIfAbsent(run.runId(), run));
    }

    @Override
    public List<RunKey> keys() {
        return keys;
    }

    @Override
    public List<RunRecord> read(List<RunKey> runs) {
        return runs.stream().map(key -> byId.get(key.runId())).toList();
    }
}
