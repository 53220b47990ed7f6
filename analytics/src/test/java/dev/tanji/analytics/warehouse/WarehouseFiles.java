package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a warehouse root with a fingerprint of its content, to compare two states of the warehouse. */
final class WarehouseFiles {

    private WarehouseFiles() {
    }

    static Map<String, Integer> snapshot(Path root) {
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).forEach(file -> files.put(
                    root.relativize(file).toString().replace('\\', '/'), Arrays.hashCode(read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Stream<String> names(Path root) {
        return snapshot(root).keySet().stream();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
