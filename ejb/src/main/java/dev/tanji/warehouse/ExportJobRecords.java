package dev.tanji.warehouse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Warehouse export jobs as recorded in the store, each write in a transaction of its own: a job's record outlives
 * the server, and one the server was running when it stopped is marked {@value #INTERRUPTED} on the next start.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ExportJobRecords {

    /** Why a job failed that the server was running when it stopped. */
    public static final String INTERRUPTED = "INTERRUPTED";

    @PersistenceContext(unitName = "tanji")
    EntityManager em;

    public ExportJobRecords() {
    }

    /** For tests: records through {@code em}, in the caller's transaction. */
    ExportJobRecords(EntityManager em) {
        this.em = em;
    }

    /** Records the job as it stands. */
    public void save(ExportJobView job) {
        ExportJobEntity record = em.find(ExportJobEntity.class, job.id());
        if (record == null) {
            record = new ExportJobEntity(job.id());
            record.record(job);
            em.persist(record);
        } else {
            record.record(job);
        }
    }

    public Optional<ExportJobView> find(UUID id) {
        return Optional.ofNullable(em.find(ExportJobEntity.class, id)).map(ExportJobEntity::view);
    }

    /** The latest {@code count} jobs, newest first. */
    public List<ExportJobView> latest(int count) {
        return em.createQuery("select j from ExportJobEntity j order by j.requestedAt desc, j.id desc",
                ExportJobEntity.class).setMaxResults(count).getResultList().stream().map(ExportJobEntity::view)
                .toList();
    }

    /** Marks every job still queued or running as failed, {@value #INTERRUPTED}; returns how many there were. */
    public int interruptUnfinished(Instant at) {
        List<ExportJobEntity> unfinished = em.createQuery("select j from ExportJobEntity j where j.state in :states",
                ExportJobEntity.class).setParameter("states", List.of(ExportJobState.QUEUED, ExportJobState.RUNNING))
                .getResultList();
        unfinished.forEach(job -> job.interrupt(at));
        return unfinished.size();
    }
}
