package dev.tanji.analytics.bench;

import dev.tanji.analytics.bench.BenchQuery.Arguments;
import dev.tanji.analytics.query.DuckDbSettings;
import dev.tanji.analytics.query.TrendCriteria;
import dev.tanji.analytics.query.WarehouseQueries;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the warehouse's four analytic questions with DuckDB over the Parquet files ({@link WarehouseQueries}, as
 * the server asks them) against the same SQL on PostgreSQL over the same rows, and checks both answer alike.
 *
 * <p>System properties: {@code lines} (10000000), {@code companies} (2000), {@code seed}, {@code year} (2024),
 * {@code rounds} (5 timed, after {@code warmups}, 1), {@code scope} ({@code company}: the questions as a company
 * asks them; {@code all}: also every company's, as an administrator does; default {@code all}),
 * {@code duckdb.memory} (2GB), {@code duckdb.threads} (2), {@code pg.host} (127.0.0.1), {@code pg.port} (5432),
 * {@code pg.user} (postgres), {@code pg.database} (tanji_query_bench), {@code pg.workMem} (256MB), {@code pg.set}
 * (more settings for the session, e.g. {@code jit=off,enable_nestloop=off}; none by default), {@code dir}
 * (target/bench-warehouse of this module), {@code rewrite} ({@code parquet}, {@code postgres} or {@code both}: write
 * that store anew even if it holds these runs), {@code explain} (false: true prints both engines' analysed plans).
 */
public final class QueryBenchmark {

    private static final double TARGET_MS = 1000;
    private static final double TARGET_RATIO = 20;
    private static final String TREND = "annual_trend";
    private static final int ROUND_TRIPS = 201;

    private QueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        SyntheticWarehouse runs = new SyntheticWarehouse(Long.getLong("lines", 10_000_000L),
                Integer.getInteger("companies", 2_000), Long.getLong("seed", 14_067L));
        DuckDbSettings duckDb = new DuckDbSettings(System.getProperty("duckdb.memory", "2GB"),
                Integer.getInteger("duckdb.threads", 2));
        PostgresBaseline postgres = new PostgresBaseline(System.getProperty("pg.host", "127.0.0.1"),
                Integer.getInteger("pg.port", 5432), System.getProperty("pg.user", "postgres"),
                System.getProperty("pg.database", "tanji_query_bench"));
        BenchData data = new BenchData(runs, Path.of(System.getProperty("dir", defaultDirectory().toString())),
                postgres);
        data.ensure(System.getProperty("rewrite", "none"));

        List<BenchQuery> queries = describeAndCheck(data, duckDb, postgres, Integer.getInteger("year", 2024),
                System.getProperty("scope", "all").equals("all"));
        try (WarehouseQueries warehouse = new WarehouseQueries(data.warehouse(), duckDb);
                DirectDuckDb direct = new DirectDuckDb(data.warehouse(), duckDb.memoryLimit(), duckDb.threads());
                PostgresSession session = session(postgres)) {
            timeAll(queries, warehouse, direct, session, Integer.getInteger("warmups", 1),
                    Math.max(1, Integer.getInteger("rounds", 5)));
        }
    }

    /** Prints what the two stores hold, picks the arguments, and checks that both engines answer alike. */
    private static List<BenchQuery> describeAndCheck(BenchData data, DuckDbSettings duckDb, PostgresBaseline postgres,
            int year, boolean everyCompanyToo) throws Exception {
        try (DirectDuckDb direct = new DirectDuckDb(data.warehouse(), duckDb.memoryLimit(), duckDb.threads());
                PostgresSession session = session(postgres)) {
            System.out.println("\nWarehouse " + data.warehouse() + " (" + data.stamp() + ")");
            System.out.print(direct.describe());
            System.out.println("PostgreSQL database " + postgres.database() + ": " + session.settings());
            System.out.println(session.tableSizes());
            System.out.println("DuckDB: " + duckDb);

            Catalog.FactorSet setA = Catalog.FACTOR_SETS.get(0);
            Catalog.FactorSet setB = Catalog.FACTOR_SETS.get(1);
            Arguments company = direct.chooseArguments(year, setA.id(), setB.id());
            System.out.println("\nAsked about: company " + company.companyId() + ", category '" + company.category()
                    + "', product " + company.productId() + ", factor sets " + setA.name() + " " + setA.version()
                    + " (A) and " + setB.name() + " " + setB.version() + " (B), reference year " + year);
            List<BenchQuery> queries = new ArrayList<>(BenchQuery.ofCompany(company));
            if (everyCompanyToo) {
                Arguments largest = direct.largestPeerGroup(company);
                System.out.println("Asked about for every company: also category '" + largest.category()
                        + "' and product " + largest.productId() + ", of the year's largest peer group");
                queries.addAll(BenchQuery.ofEveryCompany(new Arguments(null, company.category(), company.productId(),
                        company.factorSetA(), company.factorSetB(), year), largest));
            }
            System.out.println("\nSame answers from both engines (the SQL run directly in DuckDB and in PostgreSQL):");
            for (BenchQuery query : queries) {
                System.out.printf("  %-72s %s%n", query.label(), direct.answers(query).compareWith(
                        session.answers(query)));
                if (Boolean.getBoolean("explain")) {
                    System.out.println("DuckDB:\n" + direct.explainAnalyze(query));
                    System.out.println("PostgreSQL:\n" + session.explainAnalyze(query));
                }
            }
            if (everyCompanyToo) {
                checkAnnualChanges(data, duckDb, direct, queries);
            }
            return queries;
        }
    }

    /**
     * The every-year trend as {@link WarehouseQueries} answers it, from {@code annual_changes}, against the same
     * question's SQL over the line items.
     */
    private static void checkAnnualChanges(BenchData data, DuckDbSettings duckDb, DirectDuckDb direct,
            List<BenchQuery> queries) throws Exception {
        BenchQuery everyYear = queries.stream().filter(query -> query.sqlName().equals(TREND)
                && query.parameters().stream().allMatch(parameter -> parameter.value() == null)).findFirst()
                .orElseThrow();
        Answers sql = direct.answers(everyYear);
        try (WarehouseQueries warehouse = new WarehouseQueries(data.warehouse(), duckDb)) {
            System.out.printf("  %-72s %s%n", "annual_changes (as the API reads it) against that SQL",
                    Answers.ofRecords(sql.columns(), warehouse.annualTrend(TrendCriteria.ofCompany(null)))
                            .compareWith(sql));
        }
    }

    private static PostgresSession session(PostgresBaseline postgres) throws Exception {
        return new PostgresSession(postgres, System.getProperty("pg.workMem", "256MB"),
                System.getProperty("pg.set", ""));
    }

    private static void timeAll(List<BenchQuery> queries, WarehouseQueries warehouse, DirectDuckDb direct,
            PostgresSession session, int warmups, int rounds) throws Exception {
        System.out.println("\nLoad average (1, 5, 15 min) of this machine, before: " + loadAverage());
        System.out.printf("DuckDB's round trip, SELECT 1 through a fresh duplicate connection as WarehouseQueries"
                + " runs each query: %.2f ms (median of %d)%n", direct.roundTripMillis(ROUND_TRIPS), ROUND_TRIPS);
        System.out.printf("Median of %d rounds after %d warm-up, alternating engines; DuckDB through"
                + " WarehouseQueries, PostgreSQL through JDBC reading every row; 20x needs DuckDB within PostgreSQL's"
                + " time / 20:%n", rounds, warmups);
        System.out.printf("  %-72s %8s %16s %16s %9s %7s %7s %10s%n", "query", "rows", "DuckDB ms", "PostgreSQL ms",
                "PG/DuckDB", "< 1 s", ">= 20x", "20x needs");
        for (BenchQuery query : queries) {
            report(query, warehouse, session, warmups, rounds);
            if (query.sqlName().equals(TREND)) {
                reportSameSql(query, direct, session, warmups, rounds);
            }
        }
        System.out.println("Load average (1, 5, 15 min) of this machine, after: " + loadAverage());
    }

    /** What else was running: timings on a shared machine are only as good as this is low. */
    private static String loadAverage() {
        try {
            Path loadavg = Path.of("/proc/loadavg");
            String[] fields = Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ") : new String[0];
            int processors = Runtime.getRuntime().availableProcessors();
            return fields.length >= 3
                    ? fields[0] + ", " + fields[1] + ", " + fields[2] + " on " + processors + " processors"
                    : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** An answer to time: how many rows it gave. */
    @FunctionalInterface
    private interface Answer {
        int rows() throws Exception;
    }

    private static void report(BenchQuery query, WarehouseQueries warehouse, PostgresSession session, int warmups,
            int rounds) throws Exception {
        race(query.label(), () -> query.api().applyAsInt(warehouse), () -> session.answers(query).rows().size(),
                warmups, rounds);
    }

    /**
     * The trend as {@code annual_trend.sql} works it out from the line items, in DuckDB directly, beside the same SQL
     * in PostgreSQL: {@link WarehouseQueries} reads the answer kept in {@code annual_changes} instead.
     */
    private static void reportSameSql(BenchQuery query, DirectDuckDb direct, PostgresSession session, int warmups,
            int rounds) throws Exception {
        race("  the same SQL over the line items in DuckDB", () -> direct.answers(query).rows().size(),
                () -> session.answers(query).rows().size(), warmups, rounds);
    }

    /** Times both engines' answers, alternating, and prints the medians, their ratio and the targets met. */
    private static void race(String label, Answer duckDb, Answer postgres, int warmups, int rounds) throws Exception {
        int duckRows = 0;
        int pgRows = 0;
        for (int i = 0; i < warmups; i++) {
            duckRows = duckDb.rows();
            pgRows = postgres.rows();
        }
        double[] duck = new double[rounds];
        double[] pg = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            duckRows = duckDb.rows();
            duck[i] = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            pgRows = postgres.rows();
            pg[i] = (System.nanoTime() - started) / 1e6;
        }
        double duckMedian = median(duck);
        double pgMedian = median(pg);
        double ratio = pgMedian / duckMedian;
        System.out.printf("  %-72s %8s %16s %16s %8.1fx %7s %7s %7.2f ms%n", label,
                duckRows == pgRows ? Integer.toString(duckRows) : duckRows + "/" + pgRows,
                figure(duckMedian, duck), figure(pgMedian, pg), ratio,
                duckMedian < TARGET_MS ? "met" : "MISSED", ratio >= TARGET_RATIO ? "met" : "MISSED",
                pgMedian / TARGET_RATIO);
    }

    private static String figure(double median, double[] all) {
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        return String.format("%.1f (%.0f-%.0f)", median, sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** {@code target/bench-warehouse} of this module: beside {@code target/test-classes}, whatever the directory. */
    private static Path defaultDirectory() throws URISyntaxException {
        Path classes = Path.of(QueryBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return classes.getParent().resolve("bench-warehouse");
    }
}
