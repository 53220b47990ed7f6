package dev.tanji.warehouse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A warehouse export job as last recorded ({@link ExportJobRecords}). */
@Entity
@Table(name = "warehouse_export_job")
public class ExportJobEntity {

    /** The longest error message kept. */
    static final int MESSAGE_LENGTH = 2_000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ExportJobState state;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "runs_to_write")
    private Integer runsToWrite;

    @Column(name = "runs_written", nullable = false)
    private int runsWritten;

    @Column(name = "runs_skipped", nullable = false)
    private int runsSkipped;

    @Column(name = "lines_written", nullable = false)
    private int linesWritten;

    @Column(name = "files_written", nullable = false)
    private int filesWritten;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "error_message", length = MESSAGE_LENGTH)
    private String errorMessage;

    protected ExportJobEntity() {
    }

    ExportJobEntity(UUID id) {
        this.id = id;
    }

    void record(ExportJobView job) {
        state = job.state();
        requestedAt = job.requestedAt();
        startedAt = job.startedAt();
        finishedAt = job.finishedAt();
        runsToWrite = job.runsToWrite();
        runsWritten = job.runsWritten();
        runsSkipped = job.runsSkipped();
        linesWritten = job.linesWritten();
        filesWritten = job.filesWritten();
        errorCode = job.errorCode();
        errorMessage = job.errorMessage() == null || job.errorMessage().length() <= MESSAGE_LENGTH
                ? job.errorMessage() : job.errorMessage().substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    /** Marks a job left unfinished by a server that stopped. */
    void interrupt(Instant at) {
        state = ExportJobState.FAILED;
        finishedAt = at;
        errorCode = ExportJobRecords.INTERRUPTED;
        errorMessage = "The server stopped during this export; the warehouse is as the last finished export left it,"
                + " and the next export writes what this one did not";
    }

    ExportJobView view() {
        return new ExportJobView(id, state, requestedAt, startedAt, finishedAt, runsToWrite, runsWritten,
                runsSkipped, linesWritten, filesWritten, errorCode, errorMessage);
    }
}
