package dev.tanji.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.store.ConnectionFactory;
import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On PostgreSQL, {@link StoreRuns} reads a chunk's runs by one array of ids with results in binary; the same runs
 * read the way it reads any other database (an {@code IN} list, results as text) are the same runs, value for value.
 * The store is a generated one (in 127.0.0.1:5432/test, dropped afterwards), with some of its numbers made awkward:
 * negative, of 18 decimal places, of more digits than a {@code long} holds, zero; and some of its text: beyond ASCII,
 * empty, unique to each line.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreRunsOnPostgresTest {

    private static final RecursiveComparisonConfiguration BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    private final StoreSchema store = new StoreSchema("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
            "tanji_ut_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));

    @BeforeAll
    void generate() throws SQLException {
        new StoreGenerator(store, new SyntheticStore(3_000, 5, 11)).ensure();
        try (Connection connection = store.connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE run_line SET amount = -amount, kg_co2e = 0 WHERE line_no % 7 = 1");
            statement.execute("UPDATE run_line SET amount_in_factor_unit = 12345678901234567890.123456789012"
                    + " WHERE line_no % 11 = 2");
            statement.execute("UPDATE run_line_gas SET kg_gas = 0.000000000000000001 WHERE line_no % 5 = 3");
            statement.execute("UPDATE run_line_gas SET kg_gas = -123456789.123456789123456789 WHERE line_no % 9 = 4");
            statement.execute("UPDATE run_stage SET kg_co2e = 10000.000000000000 WHERE stage = 'PRODUCTION'");
            // text beyond ASCII, empty, and more distinct values in a column than a chunk keeps made once
            statement.execute("UPDATE run_line SET item = item || ' — 钢材 Stahl ü 🏭 ' || (line_no % 3)"
                    + " WHERE line_no % 4 = 0");
            statement.execute("UPDATE run_line SET factor_name = 'facteur é ' || run_id || '/' || line_no"
                    + " WHERE line_no % 2 = 1");
            statement.execute("UPDATE run_line SET factor_unit = '' WHERE line_no % 17 = 6");
        }
    }

    @AfterAll
    void dropSchema() throws SQLException {
        store.drop();
    }

    @Test
    void runsReadInBinaryAreTheRunsReadAsText() {
        StoreRuns binary = StoreRuns.all(store.connections());
        StoreRuns text = StoreRuns.all(asAnyDatabase(store.connections()));
        List<RunKey> keys = new ArrayList<>(binary.keys());
        keys.sort(Comparator.comparing((RunKey key) -> key.runId().toString()));
        text.keys();

        List<RunRecord> read = binary.read(keys);
        List<RunRecord> expected = text.read(keys);

        assertThat(read).hasSize(keys.size()).doesNotContainNull();
        assertThat(read).extracting(RunRecord::runId).containsExactlyElementsOf(keys.stream().map(RunKey::runId)
                .toList());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i)).usingRecursiveComparison(BY_VALUE).isEqualTo(expected.get(i));
        }
        assertThat(read.stream().flatMap(run -> run.lines().stream()).filter(line -> line.gas().equals("MIXED")))
                .isNotEmpty();
        assertThat(read.stream().flatMap(run -> run.lines().stream()).map(line -> line.amount().signum()))
                .contains(-1, 1);
        assertThat(read.stream().flatMap(run -> run.lines().stream()).map(LineRecord::item))
                .anyMatch(item -> item.contains("钢材 Stahl ü 🏭"));
        assertThat(read.stream().flatMap(run -> run.lines().stream()).map(LineRecord::factorName).distinct().count())
                .isGreaterThan(1_024);
    }

    /**
     * Connections that say they are of another database than PostgreSQL, so that {@link StoreRuns} reads them as it
     * reads any database.
     */
    private static ConnectionFactory asAnyDatabase(ConnectionFactory connections) {
        return () -> {
            Connection connection = connections.open();
            DatabaseMetaData metaData = connection.getMetaData();
            DatabaseMetaData otherProduct = proxy(DatabaseMetaData.class, metaData, (target, method, args) ->
                    method.getName().equals("getDatabaseProductName") ? "Any database" : method.invoke(target, args));
            return proxy(Connection.class, connection, (target, method, args) ->
                    method.getName().equals("getMetaData") ? otherProduct : method.invoke(target, args));
        };
    }

    private interface Call<T> {
        Object on(T target, Method method, Object[] args) throws ReflectiveOperationException;
    }

    private static <T> T proxy(Class<T> type, T target, Call<T> call) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return call.on(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
