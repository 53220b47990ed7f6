package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/** Reads calculation runs. */
@Stateless
public class RunQueries {

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    public RunView run(UUID id) {
        RunEntity run = em.find(RunEntity.class, id);
        if (run == null) {
            throw new NotFoundException("run", id);
        }
        return RunViews.of(run);
    }

    /** Runs newest first, optionally of one study or one company only. */
    public List<RunView> runs(UUID studyId, UUID companyId, int limit) {
        return em.createQuery("select r from RunEntity r"
                        + " where (:study is null or r.study.id = :study)"
                        + " and (:company is null or r.company.id = :company)"
                        + " order by r.calculatedAt desc, r.id", RunEntity.class)
                .setParameter("study", studyId)
                .setParameter("company", companyId)
                .setMaxResults(limit)
                .getResultStream().map(RunViews::of).toList();
    }
}
