package dev.tanji.warehouse.bench;

import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.RunSource;
import dev.tanji.analytics.warehouse.WarehouseStages;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The baseline export: the runs of a {@link RunSource} read as the warehouse reads them (its keys, then the runs
 * year by year in the warehouse's row order, {@value #CHUNK_RUNS} at a time, the next {@code readsAhead} chunks on
 * {@code readAhead} while the current one is appended, as the warehouse's export reads them), appended with DuckDB's appender into in-memory tables {@code runs} and
 * {@code line_items} with the warehouse's columns (and {@code reference_year}), then written with
 * {@code COPY ... TO (FORMAT parquet, PARTITION_BY (reference_year), COMPRESSION zstd)} in row groups of the
 * warehouse's size.
 */
final class DuckDbExport {

    /** What one export did and how long its two phases took. */
    record Result(int runs, long lines, double appendSeconds, double copySeconds) {

        double seconds() {
            return appendSeconds + copySeconds;
        }
    }

    static final int CHUNK_RUNS = 500;
    /** The warehouse's row groups: of line items, and of runs. */
    static final int ROW_GROUP_ROWS = 131_072;
    static final int RUN_ROW_GROUP_ROWS = 4_096;
    /** The warehouse's order of runs: by year, then company, product and facility id as text, time and run id. */
    static final Comparator<RunKey> ORDER = Comparator.comparingInt(RunKey::referenceYear)
            .thenComparing((RunKey run) -> run.companyId().toString())
            .thenComparing(run -> run.productId().toString())
            .thenComparing(run -> run.facilityId().toString())
            .thenComparing(RunKey::calculatedAt)
            .thenComparing(run -> run.runId().toString());

    private static final String DECIMAL = "DECIMAL(18,6)";
    private static final List<String> RUN_COLUMNS = runColumns();
    private static final List<String> LINE_COLUMNS = lineColumns();

    private DuckDbExport() {
    }

    static Result export(RunSource source, Path dir, Executor readAhead, int readsAhead)
            throws SQLException, IOException {
        long started = System.nanoTime();
        try (DuckDBConnection duckDb = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = duckDb.createStatement()) {
                statement.execute("CREATE TABLE runs (" + String.join(", ", RUN_COLUMNS) + ")");
                statement.execute("CREATE TABLE line_items (" + String.join(", ", LINE_COLUMNS) + ")");
            }
            int[] runs = new int[1];
            long[] lines = new long[1];
            try (DuckDBAppender runRows = duckDb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "runs");
                    DuckDBAppender lineRows = duckDb.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "line_items")) {
                readInOrder(source, chunks(source.keys()), readAhead, readsAhead, chunk -> {
                    for (RunRecord run : chunk) {
                        appendRun(runRows, run);
                        for (LineRecord line : run.lines()) {
                            appendLine(lineRows, run, line);
                        }
                        runs[0]++;
                        lines[0] += run.lines().size();
                    }
                });
            }
            long appended = System.nanoTime();
            Files.createDirectories(dir);
            try (Statement statement = duckDb.createStatement()) {
                for (String table : List.of("runs", "line_items")) {
                    statement.execute("COPY " + table + " TO '" + dir.resolve(table).toString().replace("'", "''")
                            + "' (FORMAT parquet, PARTITION_BY (reference_year), COMPRESSION zstd, ROW_GROUP_SIZE "
                            + (table.equals("runs") ? RUN_ROW_GROUP_ROWS : ROW_GROUP_ROWS) + ")");
                }
            }
            return new Result(runs[0], lines[0], (appended - started) / 1e9, (System.nanoTime() - appended) / 1e9);
        }
    }

    /** The keys in the warehouse's order, in chunks that never span two years. */
    static List<List<RunKey>> chunks(List<RunKey> keys) {
        List<RunKey> ordered = new ArrayList<>(keys);
        ordered.sort(ORDER);
        List<List<RunKey>> chunks = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= ordered.size(); i++) {
            if (i == ordered.size() || i - from == CHUNK_RUNS
                    || ordered.get(i).referenceYear() != ordered.get(from).referenceYear()) {
                chunks.add(ordered.subList(from, i));
                from = i;
            }
        }
        return chunks;
    }

    /** Does something with a chunk of runs. */
    @FunctionalInterface
    interface ChunkAction {
        void accept(List<RunRecord> runs) throws SQLException;
    }

    /**
     * Reads {@code chunks} in order, {@code readsAhead} at a time on {@code readAhead} as the warehouse's export does,
     * and gives each to {@code action} as it comes, in order.
     */
    static void readInOrder(RunSource source, List<List<RunKey>> chunks, Executor readAhead, int readsAhead,
            ChunkAction action) throws SQLException {
        Deque<CompletableFuture<List<RunRecord>>> reads = new ArrayDeque<>();
        try {
            for (int i = 0; i < readsAhead; i++) {
                reads.add(read(source, chunks, i, readAhead));
            }
            for (int i = 0; i < chunks.size(); i++) {
                List<RunRecord> chunk = reads.remove().join();
                reads.add(read(source, chunks, i + readsAhead, readAhead));
                action.accept(chunk);
            }
        } finally {
            reads.forEach(read -> read.cancel(false));
        }
    }

    private static CompletableFuture<List<RunRecord>> read(RunSource source, List<List<RunKey>> chunks, int i,
            Executor readAhead) {
        return i < chunks.size() ? CompletableFuture.supplyAsync(() -> source.read(chunks.get(i)), readAhead)
                : CompletableFuture.completedFuture(List.of());
    }

    private static void appendRun(DuckDBAppender row, RunRecord run) throws SQLException {
        row.beginRow();
        uuid(row, run.runId());
        uuid(row, run.studyId());
        row.append(run.study());
        uuid(row, run.companyId());
        row.append(run.company());
        uuid(row, run.facilityId());
        row.append(run.facility());
        uuid(row, run.productId());
        row.append(run.product());
        string(row, run.category());
        string(row, run.functionalUnit());
        row.append(run.declaredUnit());
        uuid(row, run.factorSetId());
        string(row, run.factorSet());
        string(row, run.factorSetVersion());
        string(row, run.gwpSet());
        decimal(row, run.totalKgCo2e());
        for (String stage : WarehouseStages.NAMES) {
            decimal(row, run.stageKgCo2e().get(stage));
        }
        decimal(row, run.primaryDataSharePercent());
        decimal(row, run.dataQualityRating());
        string(row, run.inputHash());
        timestamp(row, run.calculatedAt());
        row.append(run.lines().size());
        row.append(run.referenceYear());
        row.endRow();
    }

    private static void appendLine(DuckDBAppender row, RunRecord run, LineRecord line) throws SQLException {
        row.beginRow();
        uuid(row, run.runId());
        uuid(row, run.studyId());
        uuid(row, run.companyId());
        row.append(run.company());
        uuid(row, run.facilityId());
        row.append(run.facility());
        uuid(row, run.productId());
        row.append(run.product());
        string(row, run.category());
        uuid(row, run.factorSetId());
        string(row, run.factorSet());
        string(row, run.factorSetVersion());
        string(row, run.gwpSet());
        timestamp(row, run.calculatedAt());
        row.append(line.lineNo());
        row.append(line.stage());
        row.append(line.item());
        decimal(row, line.amount());
        row.append(line.unit());
        decimal(row, line.amountInFactorUnit());
        row.append(line.factorUnit());
        uuid(row, line.factorId());
        string(row, line.factorName());
        string(row, line.factorSet());
        string(row, line.factorSetVersion());
        if (line.factorYear() == null) {
            row.appendNull();
        } else {
            row.append(line.factorYear().intValue());
        }
        row.append(line.gas());
        decimal(row, line.kgCo2e());
        for (String gwpSet : LineRecord.GWP_SETS) {
            decimal(row, line.kgCo2eByGwpSet().get(gwpSet));
        }
        row.append(run.referenceYear());
        row.endRow();
    }

    private static void string(DuckDBAppender row, String value) throws SQLException {
        if (value == null) {
            row.appendNull();
        } else {
            row.append(value);
        }
    }

    private static void uuid(DuckDBAppender row, UUID value) throws SQLException {
        string(row, value == null ? null : value.toString());
    }

    private static void decimal(DuckDBAppender row, BigDecimal value) throws SQLException {
        if (value == null) {
            row.appendNull();
        } else {
            row.appendDecimal(value.setScale(6, RoundingMode.HALF_EVEN).unscaledValue().longValueExact());
        }
    }

    private static void timestamp(DuckDBAppender row, Instant value) throws SQLException {
        row.appendEpochMicros(ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }

    private static List<String> runColumns() {
        List<String> columns = new ArrayList<>(List.of("run_id VARCHAR NOT NULL", "study_id VARCHAR NOT NULL",
                "study VARCHAR NOT NULL", "company_id VARCHAR NOT NULL", "company VARCHAR NOT NULL",
                "facility_id VARCHAR NOT NULL", "facility VARCHAR NOT NULL", "product_id VARCHAR NOT NULL",
                "product VARCHAR NOT NULL", "category VARCHAR", "functional_unit VARCHAR",
                "declared_unit BOOLEAN NOT NULL", "factor_set_id VARCHAR", "factor_set VARCHAR",
                "factor_set_version VARCHAR", "gwp_set VARCHAR", "total_kg_co2e " + DECIMAL + " NOT NULL"));
        WarehouseStages.NAMES.forEach(stage -> columns.add(WarehouseStages.column(stage) + " " + DECIMAL));
        columns.addAll(List.of("primary_data_share_percent " + DECIMAL, "data_quality_rating " + DECIMAL,
                "input_hash VARCHAR", "calculated_at TIMESTAMPTZ NOT NULL", "line_count INTEGER NOT NULL",
                "reference_year INTEGER NOT NULL"));
        return columns;
    }

    private static List<String> lineColumns() {
        List<String> columns = new ArrayList<>(List.of("run_id VARCHAR NOT NULL", "study_id VARCHAR NOT NULL",
                "company_id VARCHAR NOT NULL", "company VARCHAR NOT NULL", "facility_id VARCHAR NOT NULL",
                "facility VARCHAR NOT NULL", "product_id VARCHAR NOT NULL", "product VARCHAR NOT NULL",
                "category VARCHAR", "run_factor_set_id VARCHAR", "run_factor_set VARCHAR",
                "run_factor_set_version VARCHAR", "gwp_set VARCHAR", "calculated_at TIMESTAMPTZ NOT NULL",
                "line_no INTEGER NOT NULL", "stage VARCHAR NOT NULL", "item VARCHAR NOT NULL",
                "amount " + DECIMAL + " NOT NULL", "unit VARCHAR NOT NULL",
                "amount_in_factor_unit " + DECIMAL + " NOT NULL", "factor_unit VARCHAR NOT NULL",
                "factor_id VARCHAR", "factor_name VARCHAR", "factor_set VARCHAR", "factor_set_version VARCHAR",
                "factor_year INTEGER", "gas VARCHAR NOT NULL", "kg_co2e " + DECIMAL + " NOT NULL"));
        LineRecord.GWP_SETS.forEach(set -> columns.add("kg_co2e_" + set.toLowerCase(Locale.ROOT) + " " + DECIMAL));
        columns.add("reference_year INTEGER NOT NULL");
        return columns;
    }
}
