package dev.tanji.warehouse.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Fills a freshly migrated store with a {@link SyntheticStore}: set-based SQL on the server
 * ({@code synthetic-store.sql}: {@code INSERT ... SELECT} over {@code generate_series}, values from hashes of the row
 * numbers), two statements at a time on two connections where they are independent, with the keys of
 * {@code run_stage}, {@code run_line} and {@code run_line_gas} dropped during the load and added back after it,
 * then {@code VACUUM ANALYZE}. A store that already holds the same shape (its {@code synthetic_store} row and its
 * count of lines say so) is kept as it is.
 */
final class StoreGenerator {

    /** How a store came to hold its shape: generated now, or found; how long generating it took. */
    record Generation(boolean reused, double seconds) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, reused ? "reused (generated earlier in %.1f s)" : "generated in %.1f s",
                    seconds);
        }
    }

    /**
     * What {@code synthetic-store.sql} writes, counted up when that changes, so that a store written before is
     * generated anew: 2 since a line in CO2e alone has no gas rows, as the product stores it.
     */
    private static final int LAYOUT = 2;
    private static final List<String> BULK_TABLES = List.of("run_stage", "run_line", "run_line_gas");

    private final StoreSchema store;
    private final SyntheticStore shape;

    StoreGenerator(StoreSchema store, SyntheticStore shape) {
        this.store = store;
        this.shape = shape;
    }

    /** The store holding {@link #shape}: as found, or generated anew. */
    Generation ensure() throws SQLException {
        Double earlier = generatedEarlier();
        if (earlier != null) {
            return new Generation(true, earlier);
        }
        long started = System.nanoTime();
        store.recreate();
        List<Constraint> keys = dropKeys();
        for (List<Step> steps : Step.parse(shape.fill(script()))) {
            parallel(steps.stream().map(step -> (Work) connection -> execute(connection, step.statements())).toList());
        }
        parallel(List.of(connection -> addKeys(connection, keys, "run_line"),
                connection -> addKeys(connection, keys, "run_line_gas", "run_stage")));
        parallel(List.of(connection -> execute(connection, List.of("VACUUM ANALYZE run_line")),
                connection -> execute(connection, List.of("VACUUM ANALYZE run_line_gas"))));
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Connection connection = store.connect()) {
            execute(connection, List.of("VACUUM ANALYZE",
                    "CREATE TABLE synthetic_store (lines bigint, companies int, seed bigint,"
                            + " generation_seconds float8, layout int)",
                    String.format(Locale.ROOT, "INSERT INTO synthetic_store VALUES (%d, %d, %d, %.3f, %d)",
                            shape.lines(), shape.companies(), shape.seed(), seconds, LAYOUT)));
        }
        return new Generation(false, seconds);
    }

    /** How long generating took, if the store holds exactly this shape; null if it does not. */
    private Double generatedEarlier() throws SQLException {
        try (Connection connection = store.connect();
                PreparedStatement statement = connection.prepareStatement("SELECT generation_seconds,"
                        + " (SELECT count(*) FROM run_line) FROM synthetic_store"
                        + " WHERE lines = ? AND companies = ? AND seed = ? AND layout = " + LAYOUT)) {
            statement.setLong(1, shape.lines());
            statement.setInt(2, shape.companies());
            statement.setLong(3, shape.seed());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getLong(2) == shape.lines() ? row.getDouble(1) : null;
            }
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState()) || "42703".equals(e.getSQLState())) {
                return null;
            }
            throw e;
        }
    }

    /** Drops the keys of the bulk tables, foreign keys first, and gives their definitions back. */
    private List<Constraint> dropKeys() throws SQLException {
        List<Constraint> keys = new ArrayList<>();
        try (Connection connection = store.connect()) {
            try (PreparedStatement statement = connection.prepareStatement("SELECT conrelid::regclass::text,"
                    + " conname, pg_get_constraintdef(oid), contype FROM pg_constraint"
                    + " WHERE conrelid = ANY (?::regclass[]) AND contype IN ('p', 'f')"
                    + " ORDER BY contype = 'p', conname")) {
                statement.setArray(1, connection.createArrayOf("text", BULK_TABLES.toArray()));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        keys.add(new Constraint(rows.getString(1), rows.getString(2), rows.getString(3)));
                    }
                }
            }
            List<String> drops = new ArrayList<>();
            keys.forEach(key -> drops.add("ALTER TABLE " + key.table() + " DROP CONSTRAINT " + key.name()));
            execute(connection, drops);
        }
        Collections.reverse(keys);
        return keys;
    }

    private static void addKeys(Connection connection, List<Constraint> keys, String... tables) throws SQLException {
        List<String> adds = new ArrayList<>();
        for (Constraint key : keys) {
            if (List.of(tables).contains(key.table())) {
                adds.add("ALTER TABLE " + key.table() + " ADD CONSTRAINT " + key.name() + " " + key.definition());
            }
        }
        execute(connection, adds);
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Runs each piece of work on a connection of its own, all at once, and waits for them. */
    private void parallel(List<Work> works) throws SQLException {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Work work : works) {
            running.add(CompletableFuture.runAsync(() -> {
                try (Connection connection = store.connect()) {
                    execute(connection, List.of("SET synchronous_commit = off", "SET work_mem = '256MB'",
                            "SET maintenance_work_mem = '1GB'"));
                    work.run(connection);
                } catch (SQLException e) {
                    throw new CompletionException(e);
                }
            }));
        }
        try {
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static String script() {
        try (InputStream in = StoreGenerator.class.getResourceAsStream("synthetic-store.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run(Connection connection) throws SQLException;
    }

    private record Constraint(String table, String name, String definition) {
    }

    /** A named group of statements of the script; a step "beside the one before" runs at the same time as it. */
    private record Step(String name, List<String> statements) {

        static List<List<Step>> parse(String script) {
            List<List<Step>> groups = new ArrayList<>();
            String[] parts = script.split("(?m)^-- step: ");
            for (int i = 1; i < parts.length; i++) {
                String header = parts[i].substring(0, parts[i].indexOf('\n'));
                Step step = new Step(header, statements(parts[i].substring(header.length())));
                if (header.endsWith(", beside the one before") && !groups.isEmpty()) {
                    groups.get(groups.size() - 1).add(step);
                } else {
                    groups.add(new ArrayList<>(List.of(step)));
                }
            }
            return groups;
        }

        private static List<String> statements(String text) {
            StringBuilder uncommented = new StringBuilder();
            text.lines().filter(line -> !line.startsWith("--")).forEach(line -> uncommented.append(line).append('\n'));
            return List.of(uncommented.toString().split(";\\s*\\n")).stream()
                    .map(String::strip).filter(sql -> !sql.isEmpty()).toList();
        }
    }
}
