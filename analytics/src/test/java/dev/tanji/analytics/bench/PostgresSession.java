package dev.tanji.analytics.bench;

import dev.tanji.analytics.query.QueryTexts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One connection to the baseline database, set up as an analyst would for such queries: {@code work_mem} raised
 * from the default 4 MB so that sorts and hashes of a few hundred thousand rows stay in memory, and a plan made for
 * each execution's own values ({@code plan_cache_mode = force_custom_plan}), so that a filter
 * {@code ? IS NULL OR company_id = ?} given a company uses the index rather than a generic plan that cannot.
 * Everything else is the server's configuration (parallel workers, JIT, shared buffers), shown by {@link #settings}.
 */
final class PostgresSession implements AutoCloseable {

    private final Connection connection;

    /** {@code settings}: more {@code name=value} pairs to SET, comma-separated ({@code jit=off}); may be empty. */
    PostgresSession(PostgresBaseline baseline, String workMem, String settings) throws SQLException {
        this.connection = baseline.connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET work_mem = '" + workMem.replace("'", "") + "'");
            statement.execute("SET plan_cache_mode = force_custom_plan");
            for (String setting : settings.split(",")) {
                String[] nameAndValue = setting.split("=", 2);
                if (nameAndValue.length == 2 && nameAndValue[0].strip().matches("[a-z_]+")) {
                    statement.execute("SET " + nameAndValue[0].strip() + " = '"
                            + nameAndValue[1].strip().replace("'", "") + "'");
                }
            }
        }
    }

    String settings() throws SQLException {
        StringBuilder out = new StringBuilder();
        for (String setting : List.of("server_version", "shared_buffers", "work_mem", "max_parallel_workers_per_gather",
                "jit", "enable_nestloop", "random_page_cost", "effective_cache_size")) {
            out.append(setting).append('=').append(single("SHOW " + setting)).append(' ');
        }
        return out.toString().strip();
    }

    String tableSizes() throws SQLException {
        return String.format("  runs %,d rows, %,.1f MB heap, %,.1f MB with indexes; line_items %,d rows, %,.1f MB"
                        + " heap, %,.1f MB with indexes",
                Long.parseLong(single("SELECT count(*) FROM runs")),
                Long.parseLong(single("SELECT pg_relation_size('runs')")) / 1e6,
                Long.parseLong(single("SELECT pg_total_relation_size('runs')")) / 1e6,
                Long.parseLong(single("SELECT count(*) FROM line_items")),
                Long.parseLong(single("SELECT pg_relation_size('line_items')")) / 1e6,
                Long.parseLong(single("SELECT pg_total_relation_size('line_items')")) / 1e6);
    }

    Answers answers(BenchQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql(query))) {
            BenchQuery.bind(statement, query.parameters());
            try (ResultSet rows = statement.executeQuery()) {
                return Answers.of(rows);
            }
        }
    }

    String explainAnalyze(BenchQuery query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "EXPLAIN (ANALYZE, BUFFERS) " + sql(query))) {
            BenchQuery.bind(statement, query.parameters());
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    static String sql(BenchQuery query) {
        return PostgresBaseline.sql(QueryTexts.text(query.sqlName()));
    }

    private String single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
