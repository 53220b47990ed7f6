package dev.tanji.analytics.bench;

import dev.tanji.analytics.warehouse.AnnualChangesUpdate;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The same synthetic runs in a Parquet warehouse and in PostgreSQL, made once and reused while they match: a stamp
 * (line count, companies, seed, generator version) beside the warehouse and in the database says what they hold.
 *
 * <p>Runs are generated and written one reference year at a time, one export per year, so each year's partition
 * holds one {@code line_items} file and one {@code runs} file, and memory holds one year's runs at most.
 */
final class BenchData {

    /** Raise when {@link SyntheticWarehouse} or {@link StudyRuns} make different rows for the same seed. */
    private static final int GENERATOR_VERSION = 1;

    private final SyntheticWarehouse data;
    private final String stamp;
    private final Path directory;
    private final PostgresBaseline postgres;

    BenchData(SyntheticWarehouse data, Path directory, PostgresBaseline postgres) {
        this.data = data;
        this.stamp = data.description() + " generator=" + GENERATOR_VERSION;
        this.directory = directory;
        this.postgres = postgres;
    }

    /** The warehouse's root, holding {@code runs/} and {@code line_items/}. */
    Path warehouse() {
        return directory.resolve("warehouse");
    }

    String stamp() {
        return stamp;
    }

    /**
     * Writes whichever of the two stores does not hold these runs yet, or is named in {@code rewrite}
     * ({@code parquet}, {@code postgres}, {@code both}); a store written anew is emptied first. The runs are the same
     * for the same stamp, so one store can be rewritten without the other.
     */
    void ensure(String rewrite) {
        boolean parquet = rewrite.equals("parquet") || rewrite.equals("both") || !stamp.equals(readStamp());
        boolean database = rewrite.equals("postgres") || rewrite.equals("both") || !postgres.holds(stamp);
        if (!parquet && !database) {
            System.out.println("Reusing " + warehouse() + " and database " + postgres.database() + " (" + stamp + ")");
            updateAnnualChanges();
            return;
        }
        long started = System.nanoTime();
        if (parquet) {
            deleteRecursively(directory);
            System.out.println("Writing " + data.lineCount() + " line items to " + warehouse());
        }
        if (database) {
            postgres.recreate();
            System.out.println("Loading them into database " + postgres.database());
        }
        try (PostgresBaseline.Load load = database ? postgres.load() : null) {
            ParquetWarehouse warehouse = new ParquetWarehouse(warehouse());
            for (int year = SyntheticWarehouse.FIRST_YEAR; year <= SyntheticWarehouse.LAST_YEAR; year++) {
                List<RunRecord> runs = data.runsIn(year);
                if (runs.isEmpty()) {
                    continue;
                }
                if (parquet) {
                    warehouse.export(runs);
                }
                if (load != null) {
                    load.copy(runs);
                }
                System.out.printf("  %d: %,d runs, %,d lines, %.0f s%n", year, runs.size(),
                        runs.stream().mapToLong(run -> run.lines().size()).sum(), seconds(started));
            }
            if (load != null) {
                load.finish(stamp);
            }
        }
        if (parquet) {
            updateAnnualChanges();
            writeStamp();
        }
        System.out.printf("Done in %.0f s%n", seconds(started));
    }

    /** As the server does after its exports: the annual trend then reads {@code annual_changes}. */
    private void updateAnnualChanges() {
        long started = System.nanoTime();
        AnnualChangesUpdate update = new ParquetWarehouse(warehouse()).updateAnnualChanges();
        System.out.printf("annual_changes: %s, %,d changes written in %.1f s%n", update.kind(),
                update.changesWritten(), seconds(started));
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private Path stampFile() {
        return directory.resolve("generated.txt");
    }

    private String readStamp() {
        try {
            return Files.isRegularFile(stampFile()) && Files.isDirectory(warehouse())
                    ? Files.readString(stampFile(), StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStamp() {
        try {
            Files.writeString(stampFile(), stamp + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
