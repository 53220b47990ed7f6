package dev.tanji.warehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.analytics.store.StoreRuns;
import dev.tanji.analytics.warehouse.ExportProgress;
import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.ParquetWarehouse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator fills a fresh PostgreSQL schema (in 127.0.0.1:5432/test, dropped afterwards) with exactly the lines
 * asked for, totals that add up, and runs both exports of the benchmark write alike.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoreGeneratorTest {

    private static final SyntheticStore SHAPE = new SyntheticStore(2_000, 5, 7);

    private final StoreSchema store = new StoreSchema("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
            "tanji_ut_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    private StoreGenerator.Generation generation;

    @BeforeAll
    void generate() throws SQLException {
        generation = new StoreGenerator(store, SHAPE).ensure();
    }

    @AfterAll
    void dropSchema() throws SQLException {
        store.drop();
    }

    @Test
    void generatesExactlyTheLinesRunsAndCompaniesAskedFor() throws SQLException {
        assertThat(generation.reused()).isFalse();
        assertThat(count("run_line")).isEqualTo(2_000);
        assertThat(count("calculation_run")).isEqualTo(50);
        assertThat(count("study")).isEqualTo(40);
        assertThat(count("company")).isEqualTo(5);
        assertThat(single("SELECT count(DISTINCT reference_year) FROM calculation_run")).isGreaterThan(1);
        assertThat(single("SELECT min(n) FROM (SELECT count(*) AS n FROM run_line GROUP BY run_id) AS lines"))
                .isBetween(22L, 40L);
    }

    @Test
    void keepsAStoreThatHoldsTheSameShape() throws SQLException {
        StoreGenerator.Generation again = new StoreGenerator(store, SHAPE).ensure();

        assertThat(again.reused()).isTrue();
        assertThat(again.seconds()).isCloseTo(generation.seconds(), within(0.001));
    }

    @Test
    void runTotalsAreTheSumOfStagesStagesOfLinesAndLinesOfGases() throws SQLException {
        assertThat(single("SELECT count(*) FROM calculation_run r WHERE total_kg_co2e"
                + " <> (SELECT sum(kg_co2e) FROM run_stage s WHERE s.run_id = r.id)")).isZero();
        assertThat(single("SELECT count(*) FROM run_stage s WHERE kg_co2e <> (SELECT sum(kg_co2e) FROM run_line l"
                + " WHERE l.run_id = s.run_id AND l.stage = s.stage)")).isZero();
        assertThat(single("SELECT count(*) FROM run_line l WHERE kg_co2e <> (SELECT sum(kg_co2e) FROM run_line_gas g"
                + " WHERE g.run_id = l.run_id AND g.line_no = l.line_no)")).isZero();
        assertThat(single("SELECT count(*) FROM run_line l WHERE NOT EXISTS (SELECT 1 FROM run_line_gas g"
                + " WHERE g.run_id = l.run_id AND g.line_no = l.line_no)")).isBetween(1_400L, 1_900L);
        assertThat(single("SELECT count(*) FROM run_line_gas WHERE kg_co2e <> round(kg_gas * gwp, 12)")).isZero();
    }

    @Test
    void linesAreMostlyInCo2eAndSomeInThreeGases() throws SQLException {
        long threeGases = single("SELECT count(*) FROM (SELECT 1 FROM run_line_gas GROUP BY run_id, line_no"
                + " HAVING array_agg(gas ORDER BY gas) = ARRAY['CH4_FOSSIL', 'CO2', 'N2O']::varchar[]) AS lines");
        long co2e = single("SELECT count(*) FROM run_line l WHERE NOT EXISTS (SELECT 1 FROM run_line_gas g"
                + " WHERE g.run_id = l.run_id AND g.line_no = l.line_no)");

        assertThat(single("SELECT count(*) FROM run_line_gas WHERE gas = 'CO2E'")).isZero();
        assertThat(threeGases + co2e).isEqualTo(2_000);
        assertThat(threeGases).isBetween(100L, 600L);
    }

    @Test
    void bothExportsWriteEveryRunAndLine(@TempDir Path parquet, @TempDir Path duckDb) throws Exception {
        ExportResult exported = new ParquetWarehouse(parquet).export(StoreRuns.all(store.connections()),
                ExportProgress.NONE, Runnable::run);
        DuckDbExport.Result baseline = DuckDbExport.export(StoreRuns.all(store.connections()), duckDb, Runnable::run,
                1);

        assertThat(exported.linesWritten()).isEqualTo(2_000);
        assertThat(baseline.lines()).isEqualTo(2_000);
        assertThat(rowsIn(parquet.resolve("line_items"))).isEqualTo(rowsIn(duckDb.resolve("line_items")))
                .isEqualTo(2_000);
        assertThat(rowsIn(parquet.resolve("runs"))).isEqualTo(rowsIn(duckDb.resolve("runs"))).isEqualTo(50);
        assertThat(kgCo2eIn(parquet.resolve("line_items"))).isEqualTo(kgCo2eIn(duckDb.resolve("line_items")));
    }

    private long count(String table) throws SQLException {
        return single("SELECT count(*) FROM " + table);
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = store.connect(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static long rowsIn(Path table) throws SQLException {
        return Long.parseLong(duckDb("SELECT count(*) FROM read_parquet('" + table + "/**/*.parquet')"));
    }

    private static String kgCo2eIn(Path table) throws SQLException {
        return duckDb("SELECT sum(kg_co2e)::varchar FROM read_parquet('" + table + "/**/*.parquet')");
    }

    private static String duckDb(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
