package dev.tanji.analytics.query;

import java.util.Objects;

/**
 * Limits of the embedded DuckDB: {@code memoryLimit} in DuckDB's notation ({@code "512MB"}, {@code "2GB"}), and
 * the number of worker threads all queries share.
 */
public record DuckDbSettings(String memoryLimit, int threads) {

    public DuckDbSettings {
        Objects.requireNonNull(memoryLimit, "memoryLimit");
        if (memoryLimit.isBlank()) {
            throw new IllegalArgumentException("memoryLimit must not be blank");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }
}
