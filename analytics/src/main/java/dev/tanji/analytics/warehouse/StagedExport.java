package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The data files of one export: all written under staging names first, then published one by one in the order
 * they were staged. If anything fails, {@link #rollBack} removes what this export put down, staged or published.
 */
final class StagedExport {

    @FunctionalInterface
    interface FileWriter {
        void writeTo(Path file) throws IOException;
    }

    private final PublishListener listener;
    private final List<Path> targets = new ArrayList<>();
    private final List<Path> published = new ArrayList<>();

    StagedExport(PublishListener listener) {
        this.listener = listener;
    }

    void stage(Path target, FileWriter writer) throws IOException {
        Files.createDirectories(target.getParent());
        targets.add(target);
        writer.writeTo(AtomicFiles.stagingFor(target));
    }

    List<Path> publish() throws IOException {
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
