package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data files of one export: all written under staging names first, then published one by one, in the order
 * given. If anything fails, {@link #rollBack} removes what this export put down, staged or published.
 */
final class StagedExport {

    private final PublishListener listener;
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> published = new ArrayList<>();

    StagedExport(PublishListener listener) {
        this.listener = listener;
    }

    /** Where to write the file that {@link #publish} will move to {@code target}. */
    Path stage(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        targets.add(target);
        return AtomicFiles.stagingFor(target);
    }

    /** Takes back a staged file: it will not be published. */
    void discard(Path target) throws IOException {
        targets.remove(target);
        Files.deleteIfExists(AtomicFiles.stagingFor(target));
    }

    List<Path> publish(Comparator<Path> order) throws IOException {
        targets.sort(order);
        for (Path target : targets) {
            AtomicFiles.publish(AtomicFiles.stagingFor(target), target);
            published.add(target);
            listener.published(target);
        }
        return List.copyOf(published);
    }

    void rollBack(Exception cause) {
        for (Path target : targets) {
            deleteQuietly(AtomicFiles.stagingFor(target), cause);
        }
        for (Path target : published) {
            deleteQuietly(target, cause);
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
