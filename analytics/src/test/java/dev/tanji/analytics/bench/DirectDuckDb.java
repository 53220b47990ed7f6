package dev.tanji.analytics.bench;

import dev.tanji.analytics.bench.BenchQuery.Arguments;
import dev.tanji.analytics.bench.BenchQuery.Parameter;
import dev.tanji.analytics.query.QueryTexts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * A plain DuckDB connection over the warehouse's Parquet files, beside {@code WarehouseQueries}: it runs a query's
 * SQL text for its rows and plan, describes the files, and picks the arguments the questions are asked about.
 */
final class DirectDuckDb implements AutoCloseable {

    private final Path root;
    private final Connection connection;

    DirectDuckDb(Path root, String memoryLimit, int threads) throws SQLException {
        this.root = root;
        Properties config = new Properties();
        config.setProperty("memory_limit", memoryLimit);
        config.setProperty("threads", Integer.toString(threads));
        this.connection = new DuckDBDriver().connect("jdbc:duckdb:", config);
    }

    Answers answers(BenchQuery query) throws SQLException {
        return query(QueryTexts.overParquet(query.sqlName(), root), query.parameters());
    }

    String explainAnalyze(BenchQuery query) throws SQLException {
        Answers plan = query("EXPLAIN ANALYZE " + QueryTexts.overParquet(query.sqlName(), root), query.parameters());
        return plan.rows().stream().map(row -> String.valueOf(row.get(row.size() - 1)))
                .reduce("", (a, b) -> a + b + "\n");
    }

    /** Line items, runs, files, bytes and row groups of the two tables. */
    String describe() throws SQLException, IOException {
        StringBuilder out = new StringBuilder();
        for (String table : List.of("line_items", "runs")) {
            Path dir = root.resolve(table);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(file -> file.toString().endsWith(".parquet")).toList();
            }
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            String glob = "'" + dir.toString().replace("'", "''") + "/*/*.parquet'";
            List<Object> groups = query("SELECT count(*), min(n), max(n) FROM (SELECT DISTINCT file_name,"
                    + " row_group_id, row_group_num_rows AS n FROM parquet_metadata(" + glob + "))", List.of())
                    .rows().get(0);
            Object rows = query("SELECT count(*) FROM " + QueryTexts.readParquet(dir), List.of()).rows().get(0).get(0);
            out.append(String.format("  %-10s %,12d rows  %3d files  %,7.1f MB  %3s row groups of %s-%s rows%n",
                    table, ((Number) rows).longValue(), files.size(), bytes / 1e6, groups.get(0), groups.get(1),
                    groups.get(2)));
        }
        return out.toString();
    }

    /**
     * A company of middling size among those with a study calculated under both factor sets in the year; its
     * first product (by id) whose peer group spans at least five companies that year; that product's category.
     */
    Arguments chooseArguments(int year, UUID factorSetA, UUID factorSetB) throws SQLException {
        String runs = QueryTexts.readParquet(root.resolve("runs"));
        List<List<Object>> companies = query("""
                WITH both_sets AS (
                    SELECT DISTINCT company_id FROM %s WHERE reference_year = ?
                    GROUP BY company_id, study_id
                    HAVING bool_or(factor_set_id = ?) AND bool_or(factor_set_id = ?)
                )
                SELECT company_id, sum(line_count) AS lines FROM %s
                WHERE company_id IN (SELECT company_id FROM both_sets)
                GROUP BY company_id ORDER BY lines, company_id
                """.formatted(runs, runs), List.of(Parameter.integer(year), Parameter.text(factorSetA),
                Parameter.text(factorSetB))).rows();
        if (companies.isEmpty()) {
            throw new IllegalStateException("No company has a study under both factor sets in " + year);
        }
        UUID company = UUID.fromString((String) companies.get(companies.size() / 2).get(0));
        List<List<Object>> products = query("""
                WITH latest AS (
                    SELECT company_id, product_id, category, functional_unit
                    FROM %s WHERE reference_year = ?
                    QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY calculated_at DESC, run_id DESC) = 1
                ),
                peer_groups AS (
                    SELECT lower(category) AS category, functional_unit, count(DISTINCT company_id) AS companies
                    FROM latest GROUP BY ALL
                )
                SELECT l.product_id, l.category FROM latest l
                JOIN peer_groups g ON g.category = lower(l.category) AND g.functional_unit = l.functional_unit
                WHERE l.company_id = ? AND g.companies >= 5
                ORDER BY l.product_id LIMIT 1
                """.formatted(runs), List.of(Parameter.integer(year), Parameter.text(company))).rows();
        if (products.isEmpty()) {
            throw new IllegalStateException("Company " + company + " has no product with a peer group in " + year);
        }
        return new Arguments(company, (String) products.get(0).get(1), UUID.fromString((String) products.get(0)
                .get(0)), factorSetA, factorSetB, year);
    }

    /**
     * The year's largest peer group (the most products of one category and functional unit, by their latest runs)
     * as the arguments of an administrator's questions: its category and its first product by id.
     */
    Arguments largestPeerGroup(Arguments company) throws SQLException {
        List<List<Object>> products = query("""
                WITH latest AS (
                    SELECT product_id, category, functional_unit
                    FROM %s WHERE reference_year = ? AND category IS NOT NULL AND functional_unit IS NOT NULL
                    QUALIFY row_number() OVER (PARTITION BY product_id ORDER BY calculated_at DESC, run_id DESC) = 1
                ),
                largest AS (
                    SELECT lower(category) AS category, functional_unit FROM latest
                    GROUP BY ALL ORDER BY count(*) DESC, category, functional_unit LIMIT 1
                )
                SELECT l.product_id, l.category FROM latest l
                JOIN largest g ON g.category = lower(l.category) AND g.functional_unit = l.functional_unit
                ORDER BY l.product_id LIMIT 1
                """.formatted(QueryTexts.readParquet(root.resolve("runs"))),
                List.of(Parameter.integer(company.year()))).rows();
        if (products.isEmpty()) {
            throw new IllegalStateException("No product has a run in " + company.year());
        }
        return new Arguments(null, (String) products.get(0).get(1), UUID.fromString((String) products.get(0).get(0)),
                company.factorSetA(), company.factorSetB(), company.year());
    }

    /**
     * DuckDB's least time for any answer: {@code SELECT 1} through a fresh duplicate of this connection, prepared,
     * run and read, as {@code WarehouseQueries} runs each of its queries; the median of {@code rounds}, in ms, after
     * as many unmeasured. No question over the warehouse's files can be answered faster.
     */
    double roundTripMillis(int rounds) throws SQLException {
        double[] millis = new double[rounds];
        for (int i = -rounds; i < rounds; i++) {
            long started = System.nanoTime();
            try (Connection duplicate = ((DuckDBConnection) connection).duplicate();
                    PreparedStatement statement = duplicate.prepareStatement("SELECT 1");
                    ResultSet rows = statement.executeQuery()) {
                rows.next();
            }
            if (i >= 0) {
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return millis[rounds / 2];
    }

    private Answers query(String sql, List<Parameter> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            BenchQuery.bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return Answers.of(rows);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
