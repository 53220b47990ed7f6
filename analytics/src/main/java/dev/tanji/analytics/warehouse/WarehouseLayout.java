package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where the warehouse keeps what under its root: the {@code runs} and {@code line_items} tables, each partitioned
 * in {@code reference_year=YYYY} directories, the {@code annual_changes} table (not partitioned: it is small) with
 * its list of what it has yet to take in, and the {@code _manifest} directory.
 */
public record WarehouseLayout(Path root) {

    private static final Pattern DATA_FILE = Pattern.compile("part-[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\\.parquet");

    public WarehouseLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path runs() {
        return root.resolve("runs");
    }

    public Path lineItems() {
        return root.resolve("line_items");
    }

    /** The annual trend's answer, kept up to date after exports ({@link AnnualChanges}). */
    public Path annualChanges() {
        return root.resolve("annual_changes");
    }

    /**
     * The companies' products at facilities whose runs changed since {@code annual_changes} was last brought up to
     * date; absent when it is up to date.
     */
    public Path annualChangesPending() {
        return annualChanges().resolve("_pending.csv");
    }

    /**
     * Whether {@code annual_changes} answers the annual trend: it has data files and takes in every run exported.
     * Otherwise the trend is worked out from the line items.
     */
    public boolean annualChangesUpToDate() {
        return Files.isDirectory(annualChanges()) && !dataFilesIn(annualChanges()).isEmpty()
                && !Files.exists(annualChangesPending());
    }

    /** Whether a table holds at least one data file published by an export (DuckDB fails on a glob with no match). */
    public boolean hasDataFiles(Path table) {
        return !dataFiles(table).isEmpty();
    }

    List<Path> dataFiles(Path table) {
        return partitions(table).stream().flatMap(partition -> dataFilesIn(partition).stream()).toList();
    }

    /** The published data files of one partition, by name. */
    static List<Path> dataFilesIn(Path partition) {
        return filesIn(partition).stream()
                .filter(file -> DATA_FILE.matcher(file.getFileName().toString()).matches())
                .toList();
    }

    List<Path> partitions(Path table) {
        if (!Files.isDirectory(table)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(table)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().startsWith("reference_year="))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path dataFile(Path table, int referenceYear, String exportId) {
        return table.resolve("reference_year=" + referenceYear).resolve("part-" + exportId + ".parquet");
    }

    Path manifest() {
        return root.resolve("_manifest");
    }

    Path lockFile() {
        return root.resolve("_export.lock");
    }

    String relative(Path file) {
        return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    static List<Path> filesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
