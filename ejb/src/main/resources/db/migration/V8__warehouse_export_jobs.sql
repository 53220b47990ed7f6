-- Warehouse export jobs, so that their outcome outlives the server: the latest are listed, and a job the server was
-- running when it stopped is marked FAILED (INTERRUPTED) on the next start. The warehouse's manifest, not this table,
-- says which runs are exported.

CREATE TABLE warehouse_export_job (
    id              UUID PRIMARY KEY,
    state           VARCHAR(16)  NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE,
    finished_at     TIMESTAMP WITH TIME ZONE,
    runs_to_write   INTEGER,
    runs_written    INTEGER      NOT NULL,
    runs_skipped    INTEGER      NOT NULL,
    lines_written   INTEGER      NOT NULL,
    files_written   INTEGER      NOT NULL,
    error_code      VARCHAR(40),
    error_message   VARCHAR(2000)
);

CREATE INDEX ix_export_job_requested ON warehouse_export_job (requested_at, id);
