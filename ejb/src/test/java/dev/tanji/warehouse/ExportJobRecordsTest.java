package dev.tanji.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.footprint.application.JavaSeStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Export jobs recorded in the store, on Hibernate and H2 built by the migrations. */
class ExportJobRecordsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T06:00:00Z");

    private final JavaSeStore store = new JavaSeStore();

    @AfterEach
    void close() throws SQLException {
        store.close();
    }

    @Test
    void aJobIsRecordedAsItStandsAndReadBackTheSame() {
        ExportJobView queued = job(UUID.randomUUID(), ExportJobState.QUEUED, T0);
        ExportJobView succeeded = new ExportJobView(queued.id(), ExportJobState.SUCCEEDED, T0, T0.plusSeconds(1),
                T0.plusSeconds(9), 1_203, 1_203, 4, 2_406, 4, null, null);

        save(queued);
        assertThat(find(queued.id())).contains(queued);
        save(succeeded);

        assertThat(find(queued.id())).contains(succeeded);
        assertThat(find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theLatestJobsComeNewestFirst() {
        List<ExportJobView> jobs = List.of(job(UUID.randomUUID(), ExportJobState.SUCCEEDED, T0),
                job(UUID.randomUUID(), ExportJobState.FAILED, T0.plusSeconds(60)),
                job(UUID.randomUUID(), ExportJobState.SUCCEEDED, T0.plusSeconds(120)));
        jobs.forEach(this::save);

        assertThat(latest(2)).extracting(ExportJobView::id)
                .containsExactly(jobs.get(2).id(), jobs.get(1).id());
    }

    @Test
    void jobsLeftQueuedOrRunningAreMarkedInterruptedAndFinishedOnesAreLeftAlone() {
        ExportJobView queued = job(UUID.randomUUID(), ExportJobState.QUEUED, T0);
        ExportJobView running = job(UUID.randomUUID(), ExportJobState.RUNNING, T0);
        ExportJobView succeeded = job(UUID.randomUUID(), ExportJobState.SUCCEEDED, T0);
        List.of(queued, running, succeeded).forEach(this::save);
        Instant restart = T0.plusSeconds(3_600);

        int interrupted = interruptUnfinished(restart);

        assertThat(interrupted).isEqualTo(2);
        for (ExportJobView job : List.of(queued, running)) {
            ExportJobView after = find(job.id()).orElseThrow();
            assertThat(after.state()).isEqualTo(ExportJobState.FAILED);
            assertThat(after.errorCode()).isEqualTo(ExportJobRecords.INTERRUPTED);
            assertThat(after.finishedAt()).isEqualTo(restart);
            assertThat(after.runsWritten()).isEqualTo(job.runsWritten());
        }
        assertThat(find(succeeded.id())).contains(succeeded);
        assertThat(interruptUnfinished(restart)).isZero();
    }

    @Test
    void aLongErrorMessageIsCutToWhatTheStoreKeeps() {
        ExportJobView failed = new ExportJobView(UUID.randomUUID(), ExportJobState.FAILED, T0, T0, T0, 3, 0, 0, 0, 0,
                "STORE_READ_FAILED", "x".repeat(5_000));

        save(failed);

        assertThat(find(failed.id()).orElseThrow().errorMessage())
                .hasSize(ExportJobEntity.MESSAGE_LENGTH).endsWith("x…");
    }

    private void save(ExportJobView job) {
        store.run(em -> new ExportJobRecords(em).save(job));
    }

    private Optional<ExportJobView> find(UUID id) {
        return store.call(em -> new ExportJobRecords(em).find(id));
    }

    private List<ExportJobView> latest(int count) {
        return store.call(em -> new ExportJobRecords(em).latest(count));
    }

    private int interruptUnfinished(Instant at) {
        return store.call(em -> new ExportJobRecords(em).interruptUnfinished(at));
    }

    private static ExportJobView job(UUID id, ExportJobState state, Instant requestedAt) {
        boolean finished = state == ExportJobState.SUCCEEDED || state == ExportJobState.FAILED;
        return new ExportJobView(id, state, requestedAt, state == ExportJobState.QUEUED ? null : requestedAt,
                finished ? requestedAt.plusSeconds(5) : null, 10, 6, 1, 30, finished ? 2 : 0,
                state == ExportJobState.FAILED ? "EXPORT_FAILED" : null,
                state == ExportJobState.FAILED ? "it failed" : null);
    }
}
