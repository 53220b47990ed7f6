package dev.tanji.analytics.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbTest {

    @Test
    void everyQueryConnectionSharesTheRootsMemoryLimitAndThreads() {
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("300MB", 3))) {
            List<List<String>> settings = duckDb.query(
                    "SELECT current_setting('memory_limit'), current_setting('threads')::VARCHAR", statement -> { },
                    row -> List.of(row.getString(1), row.getString(2)));

            assertThat(settings).containsExactly(List.of("286.1 MiB", "3"));
        }
    }

    @Test
    void parquetFootersAreKeptAndAFileWrittenAgainIsReadAgain(@TempDir Path dir) throws SQLException {
        String file = dir.resolve("kept.parquet").toString().replace('\\', '/');
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("256MB", 1));
                Connection writer = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement writing = writer.createStatement()) {
            List<String> kept = duckDb.query("SELECT current_setting('parquet_metadata_cache')::VARCHAR",
                    statement -> { }, row -> row.getString(1));
            assertThat(kept).containsExactly("true");
            for (int rows : new int[] {10, 2_000, 5}) {
                writing.execute("COPY (SELECT range AS x FROM range(" + rows + ")) TO '" + file + "' (FORMAT parquet)");

                List<Long> read = duckDb.query("SELECT count(*) FROM read_parquet('" + file + "')", statement -> { },
                        row -> row.getLong(1));

                assertThat(read).containsExactly((long) rows);
            }
        }
    }

    @Test
    void keptFootersStayWithinTheMemoryLimit(@TempDir Path dir) throws SQLException, IOException {
        Path template = dir.resolve("template.parquet");
        try (Connection writer = new DuckDBDriver().connect("jdbc:duckdb:", new Properties());
                Statement writing = writer.createStatement()) {
            writing.execute("COPY (SELECT range AS x, 'company-' || (range % 97) AS company, repeat('y', 30) AS name"
                    + " FROM range(2000)) TO '" + template.toString().replace('\\', '/') + "' (FORMAT parquet,"
                    + " ROW_GROUP_SIZE 500)");
        }
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("16MB", 1))) {
            // as a server's warehouse over months: file after file, each read, later folded away
            for (int i = 0; i < 3_000; i++) {
                Path file = Files.copy(template, dir.resolve("part-" + i + ".parquet"));
                duckDb.query("SELECT count(*) FROM read_parquet('" + file.toString().replace('\\', '/')
                        + "') WHERE company = 'company-3'", statement -> { }, row -> row.getLong(1));
                Files.delete(file);
            }

            List<Long> kept = duckDb.query("SELECT coalesce(sum(memory_usage_bytes), 0) FROM duckdb_memory()"
                    + " WHERE tag = 'OBJECT_CACHE'", statement -> { }, row -> row.getLong(1));

            assertThat(kept.get(0)).isBetween(8_000_000L, 16_000_000L);
        }
    }

    @Test
    void queriesThatOutgrowTheMemoryLimitSpillUnderJavaIoTmpdirNotTheWorkingDirectory() {
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("64MB", 1))) {
            List<String> spill = duckDb.query("SELECT current_setting('temp_directory')", statement -> { },
                    row -> row.getString(1));

            assertThat(Path.of(spill.get(0))).startsWithRaw(Path.of(System.getProperty("java.io.tmpdir")));
        }
    }

    @Test
    void aFailedQueryNamesDuckDbsReason() {
        try (DuckDb duckDb = new DuckDb(new DuckDbSettings("64MB", 1))) {
            assertThatThrownBy(() -> duckDb.query("SELECT * FROM no_such_table", statement -> { }, row -> 1))
                    .isInstanceOf(WarehouseQueryException.class)
                    .hasMessageContaining("no_such_table");
        }
    }

    @Test
    void aRootContainingGlobCharactersIsRefused() {
        assertThatThrownBy(() -> new WarehouseQueries(Path.of("/data/warehouse[1]"), new DuckDbSettings("64MB", 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain");
    }
}
