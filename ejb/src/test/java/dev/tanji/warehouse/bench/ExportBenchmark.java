package dev.tanji.warehouse.bench;

import dev.tanji.analytics.store.ReusedConnections;
import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.AnnualChangesUpdate;
import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Exporting the store to Parquet, timed side by side with DuckDB doing the same (targets: at least 0.4 M line items
 * per second, at least as fast as DuckDB). A program run on demand, not a test: it prints figures and ratios and never
 * fails on them. From the project root:
 *
 * <pre>./mvnw -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tanji.warehouse.bench.ExportBenchmark</pre>
 *
 * <p>It fills (or finds filled) a PostgreSQL store with a {@link SyntheticStore} ({@link StoreGenerator}), then per
 * round, in turn: the product's export ({@link ParquetWarehouse#export} of {@link StoreRuns#all}, reading ahead on
 * a second thread) into a fresh directory; the baseline ({@link DuckDbExport}: the same {@link StoreRuns} reads,
 * DuckDB's appender, {@code COPY ... TO} Parquet); and a pass that only reads (the keys, then every chunk). Each is
 * given in line items per second, with the CPU seconds of this JVM and of the PostgreSQL server. Last, a sample of
 * runs read once into memory is exported by both, which times encoding alone.
 *
 * <p>System properties: {@code bench.lines} (10000000), {@code bench.companies} (2000), {@code bench.seed} (14067),
 * {@code bench.warmup} (1), {@code bench.rounds} (3), {@code bench.sides} (parquet,duckdb,read,reference: which passes),
 * {@code bench.referenceRows} (the rows of the reference pass: as many as the store's lines, at most 2 M),
 * {@code bench.sampleRuns} (12500; 0 skips encoding alone), {@code bench.runs} (0: every run; n: the first n runs
 * by id, for a quicker look), {@code bench.pg}
 * (127.0.0.1:5432), {@code bench.user} (postgres), {@code bench.database} (tanji_export_bench, created if missing),
 * {@code bench.schema} (tanji), {@code bench.dir} (target/export-bench).
 */
public final class ExportBenchmark {

    private static final double TARGET_LINES_PER_SECOND = 400_000;

    private final StoreSchema store;
    /** The runs each pass exports; null for every run of the store. */
    private final List<UUID> only;
    private final Path dir;
    private final CpuClock cpu;
    /** The store's connections, kept open across passes as the server's pool keeps them ({@link ReusedConnections}). */
    private final ReusedConnections pool;
    /** Threads reading the store ahead of the export, as many as the export reads chunks ahead. */
    private final ExecutorService readAhead = Executors.newFixedThreadPool(ParquetWarehouse.READS_AHEAD, task -> {
        Thread thread = new Thread(task, "read-ahead");
        thread.setDaemon(true);
        return thread;
    });

    private ExportBenchmark(StoreSchema store, List<UUID> only, Path dir, CpuClock cpu) {
        this.store = store;
        this.only = only;
        this.dir = dir;
        this.cpu = cpu;
        this.pool = new ReusedConnections(store.connections());
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        SyntheticStore shape = new SyntheticStore(Long.getLong("bench.lines", 10_000_000L),
                Integer.getInteger("bench.companies", 2_000), Long.getLong("bench.seed", 14_067L));
        String server = "jdbc:postgresql://" + System.getProperty("bench.pg", "127.0.0.1:5432") + "/";
        String user = System.getProperty("bench.user", "postgres");
        String database = System.getProperty("bench.database", "tanji_export_bench");
        String dataDirectory = createIfMissing(server, user, database);
        StoreSchema store = new StoreSchema(server + database, user, System.getProperty("bench.schema", "tanji"));

        System.out.println("Store " + store + ": " + shape);
        StoreGenerator.Generation generation = new StoreGenerator(store, shape).ensure();
        System.out.println("  " + generation + "; " + contents(store));
        int runs = Integer.getInteger("bench.runs", 0);
        List<UUID> only = runs > 0 ? firstRuns(store, runs) : null;
        if (only != null) {
            System.out.printf("  each pass exports the first %,d runs by id%n", only.size());
        }
        ExportBenchmark bench = new ExportBenchmark(store, only, Path.of(System.getProperty("bench.dir",
                "target/export-bench")).toAbsolutePath(), CpuClock.of(dataDirectory));
        bench.rounds(Integer.getInteger("bench.warmup", 1), Integer.getInteger("bench.rounds", 3),
                Long.getLong("bench.referenceRows", Math.min(shape.lines(), 2_000_000L)));
        int sampleRuns = Integer.getInteger("bench.sampleRuns", 12_500);
        if (sampleRuns > 0) {
            bench.encodingAlone(sampleRuns);
        }
        bench.pool.close();
    }

    /**
     * Each round, every pass in turn, a different one first each round. {@code referenceRows}: the rows of the
     * reference pass, the writer the targets were set against ({@link ReferenceWriter}); the export's speed is
     * compared with it round by round, so that how fast the machine is at the time counts on both sides: 0.4 M line
     * items/s is 83-91 % of the 0.44-0.48 M rows/s it wrote where the targets were set.
     */
    private void rounds(int warmups, int rounds, long referenceRows) throws Exception {
        System.out.println("\nLoad average before: " + Load.average());
        ReferenceWriter reference = new ReferenceWriter(14_067L);
        List<Side> sides = new ArrayList<>(List.of(new Side("parquet", "Parquet (ParquetWarehouse)", this::parquet),
                new Side("duckdb", "DuckDB (appender + COPY)", this::duckDb),
                new Side("read", "read only (StoreRuns)", this::readOnly),
                new Side("reference", "reference writer", target -> Pass.of(
                        reference.write(target, referenceRows, 14_067L), "parquet-java's example API, 14 columns,"
                        + " one ZSTD file per year, rows made in memory"))));
        List<String> chosen = List.of(System.getProperty("bench.sides", "parquet,duckdb,read,reference").split(","));
        sides.removeIf(side -> !chosen.contains(side.key) || side.key.equals("reference") && referenceRows <= 0);
        System.out.printf("%d warm-up and %d measured rounds; the %d passes take turns going first.%n",
                warmups, rounds, sides.size());
        for (int round = 0; round < warmups + rounds; round++) {
            String label = round < warmups ? "warm-up " + (round + 1) : "round " + (round - warmups + 1);
            for (int turn = 0; turn < sides.size(); turn++) {
                Side side = sides.get((round + turn) % sides.size());
                Pass pass = side.time(cpu, dir.resolve(label.replace(' ', '-')));
                if (round >= warmups) {
                    side.passes.add(pass);
                }
                System.out.printf("  %-10s %-27s %s%n", label, side.name, pass);
            }
        }
        System.out.println("Load average after: " + Load.average());
        System.out.printf("%nMedians of %d rounds%s:%n", rounds,
                rounds % 2 == 0 ? " (the slower of the middle two)" : "");
        for (Side side : sides) {
            System.out.printf("  %-27s %s%n", side.name, side.median());
        }
        Side parquet = side(sides, "parquet");
        Side duckDb = side(sides, "duckdb");
        Side read = side(sides, "read");
        Side writer = side(sides, "reference");
        if (parquet != null) {
            double linesPerSecond = parquet.median().linesPerSecond();
            System.out.printf("Parquet %.3f M line items/s (target ≥ 0.4 M/s: %s)%n", linesPerSecond / 1e6,
                    linesPerSecond >= TARGET_LINES_PER_SECOND ? "met" : "not met");
        }
        if (parquet != null && duckDb != null) {
            double ratio = parquet.median().linesPerSecond() / duckDb.median().linesPerSecond();
            System.out.printf("Parquet / DuckDB: %.2f× (target ≥ 1×: %s)%n", ratio, ratio >= 1 ? "met" : "not met");
        }
        if (parquet != null && writer != null) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                ratios.add(parquet.passes.get(i).linesPerSecond() / writer.passes.get(i).linesPerSecond());
            }
            double median = ratios.stream().sorted().toList().get((rounds - 1) / 2);
            System.out.printf("Parquet / the reference writer, round by round: %s; median %.0f %% (the target, 0.4 M"
                    + " line items/s, was 83-91 %% of it where it was set: %s)%n", ratios.stream()
                    .map(ratio -> String.format("%.0f %%", 100 * ratio)).toList(), 100 * median,
                    median >= 0.4 / 0.44 ? "met" : median >= 0.4 / 0.48 ? "met against 0.48, not against 0.44"
                    : "not met");
        }
        if (parquet != null) {
            annualChangesAfterExport(dir.resolve("annual-changes"));
        }
        if (read != null) {
            System.out.printf("Reading alone runs at %.3f M line items/s (%d chunks at once, as the export reads): the"
                    + " export can go no faster than that.%n", read.median().linesPerSecond() / 1e6,
                    ParquetWarehouse.READS_AHEAD);
        }
    }

    private static Side side(List<Side> sides, String key) {
        return sides.stream().filter(side -> side.key.equals(key)).findFirst().orElse(null);
    }

    private Pass parquet(Path target) {
        TimedSource source = new TimedSource(source());
        ExportResult result = new ParquetWarehouse(target).export(source, ExportProgress.NONE, readAhead);
        return Pass.of(result.linesWritten(), String.format("keys %.1f s, reads %.1f s on the read-ahead thread",
                source.keySeconds(), source.readSeconds()));
    }

    /**
     * What the server does after an export, timed apart from it: bringing {@code annual_changes} up to date, here a
     * rebuild (every product's changes), since the warehouse is new.
     */
    private void annualChangesAfterExport(Path target) throws IOException {
        deleteTree(target);
        ParquetWarehouse warehouse = new ParquetWarehouse(target);
        long started = System.nanoTime();
        warehouse.export(source(), ExportProgress.NONE, readAhead);
        double exportSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        AnnualChangesUpdate update = warehouse.updateAnnualChanges();
        double updateSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Then annual_changes (%s, %,d changes): %.1f s after an export of %.1f s, once.%n",
                update.kind(), update.changesWritten(), updateSeconds, exportSeconds);
        StoreRuns store = source();
        RunRecord stored = store.read(store.keys().subList(0, 1)).get(0);
        double[] exports = new double[5];
        double[] updates = new double[exports.length];
        long changes = 0;
        for (int i = 0; i < exports.length; i++) {
            started = System.nanoTime();
            warehouse.export(List.of(recalculated(stored, i)));
            exports[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            changes = warehouse.updateAnnualChanges().changesWritten();
            updates[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(exports);
        Arrays.sort(updates);
        System.out.printf("A recalculation exported on its own, %d times: export %.0f ms, then annual_changes %.0f ms"
                + " (%d changes of its product at its facility), medians.%n", exports.length,
                exports[exports.length / 2], updates[updates.length / 2], changes);
        deleteTree(target);
    }

    /** {@code run} calculated again, {@code n} seconds later: a new run of the same study. */
    private static RunRecord recalculated(RunRecord run, int n) {
        return new RunRecord(UUID.randomUUID(), run.studyId(), run.study(), run.companyId(), run.company(),
                run.facilityId(), run.facility(), run.productId(), run.product(), run.category(),
                run.functionalUnit(), run.declaredUnit(), run.referenceYear(), run.factorSetId(), run.factorSet(),
                run.factorSetVersion(), run.gwpSet(), run.totalKgCo2e(), run.stageKgCo2e(),
                run.primaryDataSharePercent(), run.dataQualityRating(), run.inputHash(),
                run.calculatedAt().plusSeconds(n + 1), run.lines());
    }

    private Pass duckDb(Path target) throws SQLException, IOException {
        TimedSource source = new TimedSource(source());
        DuckDbExport.Result result = DuckDbExport.export(source, target, readAhead,
                ParquetWarehouse.READS_AHEAD);
        return Pass.of(result.lines(), String.format("read + append %.1f s (reads %.1f s), COPY %.1f s",
                result.appendSeconds(), source.readSeconds(), result.copySeconds()));
    }

    /** The keys, then every chunk, read as the export reads them (as many at once), nothing written. */
    private Pass readOnly(Path target) throws SQLException {
        TimedSource source = new TimedSource(source());
        long[] lines = new long[1];
        DuckDbExport.readInOrder(source, DuckDbExport.chunks(source.keys()), readAhead, ParquetWarehouse.READS_AHEAD,
                chunk -> chunk.forEach(run -> lines[0] += run.lines().size()));
        return Pass.of(lines[0], String.format("keys %.1f s", source.keySeconds()));
    }

    /** Both exports of the same runs from memory, one thread each: the cost of encoding without the store. */
    private void encodingAlone(int sampleRuns) throws Exception {
        StoreRuns store = StoreRuns.all(pool);
        List<RunKey> keys = new ArrayList<>(store.keys());
        keys.sort(DuckDbExport.ORDER);
        MemoryRuns sample = new MemoryRuns(store.read(keys.subList(0, Math.min(sampleRuns, keys.size()))));
        System.out.printf("%nEncoding alone: %,d runs (%,d line items) read once into memory, exported three times by"
                + " each on one thread:%n", sample.runs().size(), sample.lines());
        List<Side> sides = List.of(
                new Side("parquet", "Parquet (ParquetWarehouse)", target -> Pass.of(
                        new ParquetWarehouse(target).export(sample.runs()).linesWritten(), "")),
                new Side("duckdb", "DuckDB (appender + COPY)", target -> {
                    DuckDbExport.Result result = DuckDbExport.export(sample, target, Runnable::run, 1);
                    return Pass.of(result.lines(), String.format("append %.2f s, COPY %.2f s",
                            result.appendSeconds(), result.copySeconds()));
                }));
        for (int round = 0; round < 3; round++) {
            for (Side side : sides) {
                side.passes.add(side.time(cpu, dir.resolve("sample-" + round)));
            }
        }
        for (Side side : sides) {
            System.out.printf("  %-27s %s%n", side.name, side.median());
        }
    }

    private StoreRuns source() {
        return only == null ? StoreRuns.all(pool) : StoreRuns.only(pool, only);
    }

    private static List<UUID> firstRuns(StoreSchema store, int runs) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM calculation_run ORDER BY id LIMIT " + runs)) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    private static String createIfMissing(String server, String user, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server + "postgres", user, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '"
                    + database.replace("'", "''") + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
            try (ResultSet directory = statement.executeQuery("SHOW data_directory")) {
                directory.next();
                return directory.getString(1);
            }
        }
    }

    private static String contents(StoreSchema store) throws SQLException {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT (SELECT count(*) FROM company),"
                        + " (SELECT count(*) FROM product), (SELECT count(*) FROM study),"
                        + " (SELECT count(*) FROM calculation_run), (SELECT count(*) FROM run_line),"
                        + " (SELECT count(*) FROM run_line_gas), pg_total_relation_size('run_line'),"
                        + " pg_total_relation_size('run_line_gas')")) {
            row.next();
            return String.format("%,d companies, %,d products, %,d studies, %,d runs, %,d run lines (%,.0f MB),"
                    + " %,d line gases (%,.0f MB)", row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                    row.getLong(5), row.getLong(7) / 1e6, row.getLong(6), row.getLong(8) / 1e6);
        }
    }

    @FunctionalInterface
    private interface Export {
        Pass into(Path target) throws Exception;
    }

    /** One way of exporting, and its measured passes. */
    private static final class Side {

        final String key;
        final String name;
        final Export export;
        final List<Pass> passes = new ArrayList<>();

        Side(String key, String name, Export export) {
            this.key = key;
            this.name = name;
            this.export = export;
        }

        Pass time(CpuClock cpu, Path parent) throws Exception {
            Path target = parent.resolve(name.replaceAll("[^A-Za-z]+", "-").replaceAll("-$", ""));
            deleteTree(target);
            CpuClock.Reading before = cpu.now();
            long started = System.nanoTime();
            Pass pass = export.into(target);
            Pass timed = pass.timed((System.nanoTime() - started) / 1e9, cpu.now().since(before), size(target));
            deleteTree(target);
            return timed;
        }

        Pass median() {
            List<Pass> sorted = passes.stream().sorted(Comparator.comparingDouble(Pass::seconds)).toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    /** One export: how many line items in how long, the CPU it took, what it wrote and how its time split. */
    private record Pass(long lines, double seconds, CpuClock.Reading cpu, long bytes, String detail) {

        static Pass of(long lines, String detail) {
            return new Pass(lines, 0, null, 0, detail);
        }

        Pass timed(double wall, CpuClock.Reading used, long written) {
            return new Pass(lines, wall, used, written, detail);
        }

        double linesPerSecond() {
            return lines / seconds;
        }

        @Override
        public String toString() {
            return String.format("%,d lines in %6.1f s = %.3f M/s; CPU: JVM %.1f s, PostgreSQL %.1f s; %s%s",
                    lines, seconds, linesPerSecond() / 1e6, cpu.jvm(), cpu.postgres(),
                    bytes > 0 ? String.format("%,.0f MB written; ", bytes / 1e6) : "", detail);
        }
    }

    private static long size(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What else was running: timings on a shared machine are only as good as this is low. */
    private static final class Load {

        static String average() {
            try {
                String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
                return fields[0] + ", " + fields[1] + ", " + fields[2] + " (1, 5, 15 min) on "
                        + Runtime.getRuntime().availableProcessors() + " processors";
            } catch (IOException | RuntimeException e) {
                return "unknown";
            }
        }
    }
}
