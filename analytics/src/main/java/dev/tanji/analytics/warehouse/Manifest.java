package dev.tanji.analytics.warehouse;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The record of committed exports: one small text file per export in {@code _manifest}, naming the data files it
 * published ({@code file<TAB>runs/reference_year=2024/part-...parquet}) and the runs it wrote
 * ({@code run<TAB>uuid}). An export is committed when its manifest file appears, after all its data files. A fold of
 * small files ({@link SmallFiles}) commits the same way: its merged file, and the files it replaces
 * ({@code replaced<TAB>...}), which are no longer part of the warehouse whatever other entry names them.
 *
 * <p>Past {@value #COMPACT_AT} files, an export folds them into one before it starts, so that frequent small exports
 * (one after each burst of calculations) do not make every later export read thousands of files. The folded file is
 * committed before the files it replaces are deleted: a crash in between leaves entries twice, which reads the same.
 */
final class Manifest {

    private static final String FILE = "file\t";
    private static final String RUN = "run\t";
    private static final String REPLACED = "replaced\t";

    static final int COMPACT_AT = 64;

    /** The data files of the warehouse: those committed and not replaced since. */
    private final Set<Path> files;
    private final Set<UUID> runIds;

    private Manifest(Set<Path> files, Set<UUID> runIds) {
        this.files = files;
        this.runIds = runIds;
    }

    /** Reads the manifest, first folding its files into one if there are more than {@value #COMPACT_AT}. */
    static Manifest readCompacting(WarehouseLayout layout) throws IOException {
        List<Path> entries = entries(layout);
        Manifest manifest = read(layout, entries);
        if (entries.size() > COMPACT_AT) {
            commit(layout, "compacted-" + UUID.randomUUID(), manifest.files.stream().sorted().toList(),
                    manifest.runIds);
            for (Path entry : entries) {
                Files.delete(entry);
            }
        }
        return manifest;
    }

    private static List<Path> entries(WarehouseLayout layout) {
        if (!Files.isDirectory(layout.manifest())) {
            return List.of();
        }
        return WarehouseLayout.filesIn(layout.manifest()).stream()
                .filter(entry -> entry.getFileName().toString().endsWith(".txt"))
                .toList();
    }

    private static Manifest read(WarehouseLayout layout, List<Path> entries) throws IOException {
        Set<Path> files = new HashSet<>();
        Set<Path> replaced = new HashSet<>();
        Set<UUID> runIds = new HashSet<>();
        for (Path entry : entries) {
            try (BufferedReader reader = Files.newBufferedReader(entry, StandardCharsets.UTF_8)) {
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.startsWith(FILE)) {
                        files.add(layout.root().resolve(line.substring(FILE.length())).normalize());
                    } else if (line.startsWith(REPLACED)) {
                        replaced.add(layout.root().resolve(line.substring(REPLACED.length())).normalize());
                    } else if (line.startsWith(RUN)) {
                        runIds.add(UUID.fromString(line.substring(RUN.length())));
                    }
                }
            }
        }
        files.removeAll(replaced);
        return new Manifest(files, runIds);
    }

    boolean contains(UUID runId) {
        return runIds.contains(runId);
    }

    boolean names(Path dataFile) {
        return files.contains(dataFile.toAbsolutePath().normalize());
    }

    static void commit(WarehouseLayout layout, String exportId, List<Path> dataFiles, Collection<UUID> runIds)
            throws IOException {
        List<String> lines = new ArrayList<>(dataFiles.size() + runIds.size());
        dataFiles.forEach(file -> lines.add(FILE + layout.relative(file)));
        runIds.forEach(runId -> lines.add(RUN + runId));
        write(layout, exportId, lines);
    }

    /** Commits {@code merged} in place of the files it {@code replaces}. */
    static void commitFold(WarehouseLayout layout, String foldId, Path merged, List<Path> replaces)
            throws IOException {
        List<String> lines = new ArrayList<>(replaces.size() + 1);
        lines.add(FILE + layout.relative(merged));
        replaces.forEach(file -> lines.add(REPLACED + layout.relative(file)));
        write(layout, foldId, lines);
    }

    private static void write(WarehouseLayout layout, String exportId, List<String> lines) throws IOException {
        Files.createDirectories(layout.manifest());
        Path target = layout.manifest().resolve(exportId + ".txt");
        Path staged = AtomicFiles.stagingFor(target);
        Files.write(staged, lines, StandardCharsets.UTF_8);
        AtomicFiles.publish(staged, target);
    }
}
