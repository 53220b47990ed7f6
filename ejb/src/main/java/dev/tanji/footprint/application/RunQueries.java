package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Reads calculation runs. */
@Stateless
public class RunQueries {

    private static final KeysetQuery<RunEntity> RUNS = new KeysetQuery<>(RunEntity.class, "select r",
            "from RunEntity r join r.study s", "count(r)", RunRows.newestFirst("runs"),
            r -> List.of(r.calculatedAt(), r.id()));

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    public RunView run(UUID id) {
        RunEntity run = em.find(RunEntity.class, id);
        if (run == null) {
            throw new NotFoundException("run", id);
        }
        return RunViews.of(run);
    }

    /**
     * Runs newest first. Their stages, lines, gases and warnings load in batches for the whole page
     * ({@code hibernate.default_batch_fetch_size}), not run by run.
     */
    public Page<RunView> runs(RunCriteria criteria, PageRequest page) {
        return RUNS.page(em, RunConditions.runs(criteria), page).map(RunViews::of);
    }
}
