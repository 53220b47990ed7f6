package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.stream.Collectors;

/**
 * The {@code annual_changes} table: the annual trend's answer ({@code annual_trend.sql}: each product's change at
 * each facility from the nearest earlier year, split into activity, factor and GWP effects) for every company, kept
 * so that the trend reads a row per change instead of every line item of every year.
 *
 * <p>A change depends only on the runs of its company's product at its facility. An export lists the (company,
 * product, facility) of the runs it writes in {@code _pending.csv}, published under the lock the server's queries
 * read under and before the runs themselves; while that list is there, queries work the trend out from the line
 * items. {@link #update} works out the changes of the products listed (of every product, while the table has no file)
 * over the committed files, writes them as one file under the next revision number, commits it as an export commits
 * its files, and only then removes the list. The change of a (company, product, facility, reference year) is its row
 * of the highest revision: adding runs never takes a year away from a product at a facility, so a newer revision
 * holds a row for every year an older one did. Once the table has {@code foldAt} files, they are merged into one that
 * keeps only those rows.
 *
 * <p>An update that fails or dies leaves the list in place: queries keep working the trend out from the line items,
 * and the next update does the work again.
 */
final class AnnualChanges {

    /**
     * DuckDB's memory for an update unless given: working out every product's changes of 10 M line items spills past
     * it (5.3-6.9 s).
     */
    static final String MEMORY_LIMIT = "1GB";
    /** DuckDB's threads for an update unless given. */
    static final int THREADS = 2;
    private static final String TREND_SQL = "/dev/tanji/analytics/query/annual_trend.sql";
    /** The parameters of {@link #TREND_SQL}: company, product and years, none of them given here. */
    private static final int TREND_PARAMETERS = 12;
    private static final String KEY = "company_id, product_id, facility_id";
    /**
     * Row order and row groups of the table's files: by company, product, facility and year, in groups small enough
     * that a company's trend skips the others' (10 M line items' 131,210 changes, through {@code WarehouseQueries},
     * the same changes in files written three ways: one company's trend 15-20 ms, against 37-41 ms ordered by year
     * first and 53-62 ms in one row group; every company's 2024 128-151 ms, against 108-118 and 165-202 ms; every
     * change 393-440 ms, against 422-459 and 443-486 ms).
     */
    private static final String ORDER = KEY + ", reference_year";
    static final int ROW_GROUP_ROWS = 8_192;

    private final WarehouseLayout layout;
    private final int foldAt;
    private final String memoryLimit;
    private final int threads;
    private final PublishListener listener;
    private final Lock changingFiles;

    AnnualChanges(WarehouseLayout layout, int foldAt, String memoryLimit, int threads, PublishListener listener,
            Lock changingFiles) {
        this.layout = layout;
        this.foldAt = foldAt;
        this.memoryLimit = memoryLimit;
        this.threads = threads;
        this.listener = listener;
        this.changingFiles = changingFiles;
    }

    /**
     * The pending list with the (company, product, facility) of {@code batch}'s runs added, staged for the export to
     * put in place before its runs. While the table has no file, the list stays empty: the next update works out
     * every product's changes.
     */
    Pending stagePending(Batch batch, Manifest manifest) throws IOException {
        Path list = layout.annualChangesPending();
        List<String> before = Files.exists(list) ? Files.readAllLines(list, StandardCharsets.UTF_8) : null;
        Set<String> products = new LinkedHashSet<>();
        if (!kept(manifest).isEmpty()) {
            if (before != null) {
                products.addAll(before);
            }
            for (int year : batch.years()) {
                for (RunKey run : batch.runs(year)) {
                    products.add(run.companyId() + "," + run.productId() + "," + run.facilityId());
                }
            }
        }
        Files.createDirectories(layout.annualChanges());
        Path staged = AtomicFiles.stagingFor(list);
        Files.write(staged, products, StandardCharsets.UTF_8);
        return new Pending(list, staged, before);
    }

    /** An export's pending list: put in place before its runs, put back as it was if the export fails. */
    static final class Pending {

        private final Path list;
        private final Path staged;
        /** The list's lines before the export; null if there was none. */
        private final List<String> before;
        private boolean published;

        private Pending(Path list, Path staged, List<String> before) {
            this.list = list;
            this.staged = staged;
            this.before = before;
        }

        /** Under the lock the server's queries read under, before the export's runs show. */
        void publish() throws IOException {
            AtomicFiles.publish(staged, list);
            published = true;
        }

        void rollBack(Exception cause) {
            try {
                Files.deleteIfExists(staged);
                if (published && before == null) {
                    Files.deleteIfExists(list);
                } else if (published) {
                    Files.write(staged, before, StandardCharsets.UTF_8);
                    AtomicFiles.publish(staged, list);
                }
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Brings the table up to date with the committed runs of {@code manifest}. */
    AnnualChangesUpdate update(Manifest manifest) throws IOException {
        Path pending = layout.annualChangesPending();
        List<Path> kept = kept(manifest);
        boolean rebuild = kept.isEmpty();
        if (!rebuild && !Files.exists(pending)) {
            return AnnualChangesUpdate.UP_TO_DATE;
        }
        List<Path> runs = named(layout.dataFiles(layout.runs()), manifest);
        if (runs.isEmpty() || !rebuild && Files.size(pending) == 0) {
            removePending();
            return AnnualChangesUpdate.UP_TO_DATE;
        }
        List<Path> lines = named(layout.dataFiles(layout.lineItems()), manifest);
        // a warehouse exported before the table was kept has no directory for it yet
        Files.createDirectories(layout.annualChanges());
        String id = UUID.randomUUID().toString();
        Path target = layout.annualChanges().resolve("part-" + id + ".parquet");
        Path staged = AtomicFiles.stagingFor(target);
        long rows;
        try {
            rows = write(rebuild, kept, runs, lines, staged);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(staged, e);
            throw e;
        }
        changingFiles.lock();
        try {
            if (rows > 0 || rebuild) {
                try {
                    AtomicFiles.publish(staged, target);
                    listener.published(target);
                    Manifest.commit(layout, "annual-changes-" + id, List.of(target), List.of());
                } catch (IOException | RuntimeException e) {
                    deleteQuietly(staged, e);
                    deleteQuietly(target, e);
                    throw e;
                }
            } else {
                Files.deleteIfExists(staged);
            }
            Files.deleteIfExists(pending);
        } finally {
            changingFiles.unlock();
        }
        if (rows > 0 || rebuild) {
            List<Path> now = new ArrayList<>(kept);
            now.add(target);
            fold(now);
        }
        return new AnnualChangesUpdate(rebuild ? AnnualChangesUpdate.Kind.REBUILT : AnnualChangesUpdate.Kind.UPDATED,
                rows);
    }

    private void removePending() throws IOException {
        changingFiles.lock();
        try {
            Files.deleteIfExists(layout.annualChangesPending());
        } finally {
            changingFiles.unlock();
        }
    }

    /**
     * Works out the changes of the listed products (of every product if {@code rebuild}) into {@code staged}, unless
     * there are none and it is not a rebuild (a rebuild writes its file even with no rows: the table is kept from
     * then on).
     *
     * @return the number of changes
     */
    private long write(boolean rebuild, List<Path> kept, List<Path> runs, List<Path> lines, Path staged)
            throws IOException {
        try (Connection duckDb = WarehouseDuckDb.open(memoryLimit, threads);
                Statement statement = duckDb.createStatement()) {
            String runsTable = partitioned(runs);
            String linesTable = partitioned(lines);
            long revision = 1;
            if (!rebuild) {
                statement.execute("CREATE TEMP TABLE changed AS SELECT DISTINCT " + KEY + " FROM read_csv("
                        + WarehouseDuckDb.sqlString(layout.annualChangesPending().toString())
                        + ", header = false, delim = ',', quote = '', columns = {'company_id': 'VARCHAR',"
                        + " 'product_id': 'VARCHAR', 'facility_id': 'VARCHAR'})");
                runsTable = "(SELECT t.* FROM " + runsTable + " t SEMI JOIN changed USING (" + KEY + "))";
                linesTable = "(SELECT t.* FROM " + linesTable + " t SEMI JOIN changed USING (" + KEY + "))";
                revision = 1 + single(statement, "SELECT coalesce(max(revision), 0) FROM " + flat(kept));
            }
            String trend = trendSql().replace("${runs}", runsTable).replace("${line_items}", linesTable);
            try (PreparedStatement changes = duckDb.prepareStatement("CREATE TEMP TABLE changes AS " + trend)) {
                for (int i = 1; i <= TREND_PARAMETERS; i++) {
                    changes.setObject(i, null);
                }
                changes.execute();
            }
            long rows = single(statement, "SELECT count(*) FROM changes");
            if (rows > 0 || rebuild) {
                statement.execute("COPY (SELECT *, CAST(" + revision + " AS BIGINT) AS revision FROM changes"
                        + " ORDER BY " + ORDER + ") TO " + WarehouseDuckDb.sqlString(staged.toString())
                        + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
            }
            return rows;
        } catch (SQLException e) {
            throw new IOException("Could not work out the annual changes into " + staged, e);
        }
    }

    /** Merges the table's files into one once there are {@code foldAt}, keeping each change's latest revision. */
    private void fold(List<Path> kept) throws IOException {
        if (kept.size() < foldAt) {
            return;
        }
        String foldId = UUID.randomUUID().toString();
        Path target = layout.annualChanges().resolve("part-" + foldId + ".parquet");
        Path staged = AtomicFiles.stagingFor(target);
        try (Connection duckDb = WarehouseDuckDb.open(memoryLimit, threads);
                Statement statement = duckDb.createStatement()) {
            statement.execute("COPY (SELECT * FROM " + flat(kept) + " QUALIFY row_number() OVER (PARTITION BY "
                    + KEY + ", reference_year ORDER BY revision DESC) = 1 ORDER BY " + ORDER + ") TO "
                    + WarehouseDuckDb.sqlString(staged.toString())
                    + " (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE " + ROW_GROUP_ROWS + ")");
        } catch (SQLException e) {
            IOException failure = new IOException("Could not merge " + kept.size() + " files into " + staged, e);
            deleteQuietly(staged, failure);
            throw failure;
        }
        SmallFiles.putInPlaceOf(kept, foldId, target, layout, listener, changingFiles);
    }

    /** The table's committed files. */
    private List<Path> kept(Manifest manifest) {
        if (!Files.isDirectory(layout.annualChanges())) {
            return List.of();
        }
        return named(WarehouseLayout.dataFilesIn(layout.annualChanges()), manifest);
    }

    private static List<Path> named(List<Path> files, Manifest manifest) {
        return files.stream().filter(manifest::names).toList();
    }

    private static String partitioned(List<Path> files) {
        return "read_parquet([" + list(files) + "], hive_partitioning = true,"
                + " hive_types = {'reference_year': INTEGER})";
    }

    private static String flat(List<Path> files) {
        return "read_parquet([" + list(files) + "], hive_partitioning = false)";
    }

    private static String list(List<Path> files) {
        return files.stream().map(file -> WarehouseDuckDb.sqlString(file.toString()))
                .collect(Collectors.joining(", "));
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String trendSql() {
        try (InputStream in = AnnualChanges.class.getResourceAsStream(TREND_SQL)) {
            if (in == null) {
                throw new IllegalStateException("No query resource " + TREND_SQL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read query resource " + TREND_SQL, e);
        }
    }

    private static void deleteQuietly(Path file, Exception cause) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
