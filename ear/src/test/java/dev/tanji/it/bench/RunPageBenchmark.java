package dev.tanji.it.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tanji.it.support.GraphQl;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.postgresql.Driver;

/**
 * Times a page of 1,000 runs with their stage breakdowns read through GraphQL, over HTTP from a running server, next
 * to the same rows read by hand-written SQL over JDBC from the same PostgreSQL database, and prints both and their
 * ratio: a warm-up, then rounds side by side and the medians. It prints figures and never fails on them. The
 * GraphQL side signs in once for an access token, as a BI tool reading pages would. Both sides end with the same
 * {@link Row}s: the SQL side from its two result sets, the GraphQL side from the response, read as it arrives with
 * Jackson's streaming parser, as a client program reading pages would, not into a tree of JSON values first.
 * <p>
 * The GraphQL side is read with {@code HttpURLConnection} over a kept-alive HTTP/1.1 connection, on the calling
 * thread, as the SQL side reads its socket: the JDK's {@code java.net.http.HttpClient} hands a response's body from
 * its selector thread to the reader in buffers of 16 KB, which added about 2 ms to this half-megabyte page on a
 * 2-core machine (10.5 vs 12.4-13.3 ms, same server). {@code tanji.bench.client=httpclient} times it that way.
 * <p>
 * With fewer than 1,000 runs in the store it first makes them through GraphQL: it imports the demo study under new
 * company names and calculates each study {@value #RUNS_PER_STUDY} times. {@code ./mvnw verify -Ppostgresql,bench
 * -DskipTests} runs it on the integration-test server and its fresh PostgreSQL database (README, "Benchmark: a page
 * of 1,000 runs"). System properties: {@code tanji.graphql.url} (default {@code http://127.0.0.1:8080/graphql}),
 * {@code tanji.bench.jdbc.url} (default {@code jdbc:postgresql://127.0.0.1:5432/tanji_bench}),
 * {@code tanji.bench.jdbc.user} ({@code postgres}), {@code tanji.bench.jdbc.password} (empty),
 * {@code tanji.bench.warmup} (100 rounds), {@code tanji.bench.rounds} (9), {@code tanji.bench.client}
 * ({@code urlconnection} or {@code httpclient}).
 */
public final class RunPageBenchmark {

    static final int PAGE = 1_000;
    static final int RUNS_PER_STUDY = 5;

    private static final String QUERY = "{ runs(first: " + PAGE + ") { nodes { id productName totalKgCo2e"
            + " stages { stage kgCo2e sharePercent } } } }";
    private static final JsonFactory JSON = new JsonFactory();
    /** The JDK's asynchronous client, when asked for ({@code tanji.bench.client=httpclient}); see the class comment. */
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The page as a developer would write it by hand: the runs with their product, then their stages. */
    private static final String RUNS_SQL = "SELECT r.id, p.name, r.total_kg_co2e FROM calculation_run r"
            + " JOIN study s ON s.id = r.study_id JOIN product p ON p.id = s.product_id"
            + " ORDER BY r.calculated_at DESC, r.id DESC LIMIT " + PAGE;
    private static final String STAGES_SQL = "SELECT run_id, stage, kg_co2e, share_percent FROM run_stage"
            + " WHERE run_id = ANY (?)";
    private static final String DEMO_COMPANY = "天津百利二通机械有限公司";
    private static final String DEMO_STUDY = "Valve actuator cradle-to-gate 2022";

    record Stage(String stage, BigDecimal kgCo2e, BigDecimal sharePercent) {

        /** For comparing: decimals without trailing zeros. */
        Stage normalized() {
            return new Stage(stage, kgCo2e.stripTrailingZeros(), sharePercent.stripTrailingZeros());
        }
    }

    record Row(UUID id, String productName, BigDecimal totalKgCo2e, List<Stage> stages) {

        /** For comparing: decimals without trailing zeros, stages by name (SQL reads them in no order). */
        Row normalized() {
            return new Row(id, productName, totalKgCo2e.stripTrailingZeros(), stages.stream().map(Stage::normalized)
                    .sorted(Comparator.comparing(Stage::stage)).toList());
        }
    }

    private RunPageBenchmark() {
    }

    public static void main(String[] args) throws IOException, SQLException {
        String graphqlUrl = System.getProperty("tanji.graphql.url", "http://127.0.0.1:8080/graphql");
        System.setProperty("tanji.graphql.url", graphqlUrl);
        // Signed in once, as a BI tool would: a password would add a bcrypt check to every request.
        GraphQl graphQl = GraphQl.withToken(new GraphQl().data("mutation { createAccessToken { accessToken } }",
                Map.of()).getJsonObject("createAccessToken").getString("accessToken"));
        int warmUp = Integer.getInteger("tanji.bench.warmup", 100);
        int rounds = Integer.getInteger("tanji.bench.rounds", 9);
        makeRuns(graphQl, PAGE - totalRuns(graphQl));
        awaitWarehouseExports(graphQl);

        Properties credentials = new Properties();
        credentials.setProperty("user", System.getProperty("tanji.bench.jdbc.user", "postgres"));
        credentials.setProperty("password", System.getProperty("tanji.bench.jdbc.password", ""));
        String jdbcUrl = System.getProperty("tanji.bench.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/tanji_bench");
        try (Connection db = new Driver().connect(jdbcUrl, credentials)) {
            compare(graphQl, db);
            for (int i = 0; i < warmUp; i++) {
                graphql(graphQl);
                sql(db);
            }
            System.out.printf("%nA page of %d runs with stages: GraphQL %s vs SQL %s%n", PAGE, graphqlUrl, jdbcUrl);
            System.out.printf("%-7s %12s %9s %7s%n", "round", "GraphQL ms", "SQL ms", "ratio");
            double[] graphqlMs = new double[rounds];
            double[] sqlMs = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                graphqlMs[round] = millis(() -> graphql(graphQl));
                sqlMs[round] = millis(() -> sql(db));
                System.out.printf(Locale.ROOT, "%-7d %12.1f %9.1f %6.2fx%n", round + 1, graphqlMs[round],
                        sqlMs[round], graphqlMs[round] / sqlMs[round]);
            }
            double graphqlMedian = median(graphqlMs);
            double sqlMedian = median(sqlMs);
            System.out.printf(Locale.ROOT, "%-7s %12.1f %9.1f %6.2fx   (target: at most 3x)%n", "median",
                    graphqlMedian, sqlMedian, graphqlMedian / sqlMedian);
        }
    }

    private static int totalRuns(GraphQl graphQl) {
        return graphQl.data("{ runs(first: 1) { totalCount } }", Map.of()).getJsonObject("runs").getInt("totalCount");
    }

    /** Imports the demo study under new company names and calculates each, until {@code missing} runs exist. */
    private static void makeRuns(GraphQl graphQl, int missing) throws IOException {
        if (missing <= 0) {
            return;
        }
        String document;
        try (InputStream in = RunPageBenchmark.class.getResourceAsStream("/demo/seed-a-valve-actuator.json")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String batch = UUID.randomUUID().toString().substring(0, 8);
        int studies = (missing + RUNS_PER_STUDY - 1) / RUNS_PER_STUDY;
        System.out.printf("Making %d runs: %d demo studies, each calculated %d times%n", studies * RUNS_PER_STUDY,
                studies, RUNS_PER_STUDY);
        for (int i = 1; i <= studies; i++) {
            String studyId = graphQl.data("mutation($d: String!) { importStudy(document: $d) { id } }",
                    Map.of("d", document.replace(DEMO_COMPANY, "Benchmark company " + batch + " " + i)
                            .replace(DEMO_STUDY, "Benchmark study " + i))).getJsonObject("importStudy").getString("id");
            for (int run = 0; run < RUNS_PER_STUDY; run++) {
                graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { id } }", Map.of("s", studyId));
            }
            if (i % 50 == 0) {
                System.out.printf("  %d of %d studies%n", i, studies);
            }
        }
    }

    /**
     * Each calculation queued an export of its run to the Parquet warehouse; timing while they run would time them
     * too. An export on demand waits for the running one and writes what is left; the queued ones then skip, though
     * each still reads the warehouse's manifest, for some seconds after 1,000 calculations: the warm-up covers those.
     */
    private static void awaitWarehouseExports(GraphQl graphQl) {
        int written;
        do {
            written = graphQl.data("mutation { exportWarehouse { runsWritten } }", Map.of())
                    .getJsonObject("exportWarehouse").getInt("runsWritten");
        } while (written > 0);
    }

    /** Says so if the two sides read different rows (runs calculated meanwhile, or another database). */
    private static void compare(GraphQl graphQl, Connection db) throws SQLException {
        List<Row> viaGraphql = graphql(graphQl).stream().map(Row::normalized).toList();
        List<Row> viaSql = sql(db).stream().map(Row::normalized).toList();
        long stages = viaSql.stream().mapToLong(row -> row.stages().size()).sum();
        System.out.printf("Page: %d runs, %d stage rows; %s%n", viaSql.size(), stages, viaGraphql.equals(viaSql)
                ? "both sides read the same rows" : "NOTE: GraphQL and SQL read different rows");
    }

    private static List<Row> graphql(GraphQl graphQl) {
        if (!"httpclient".equals(System.getProperty("tanji.bench.client"))) {
            return graphqlOverUrlConnection(graphQl);
        }
        HttpRequest request = HttpRequest.newBuilder(graphQl.endpoint())
                .header("Content-Type", "application/json")
                .header("Authorization", graphQl.authorization())
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("query", QUERY).build()
                        .toString()))
                .build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                try (JsonParser json = JSON.createParser(body)) {
                    return rows(json);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The page over a keep-alive connection of {@code HttpURLConnection}, read on the calling thread. */
    private static List<Row> graphqlOverUrlConnection(GraphQl graphQl) {
        try {
            HttpURLConnection connection = (HttpURLConnection) graphQl.endpoint().toURL().openConnection();
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/json");
            connection.setRequestProperty("Authorization", graphQl.authorization());
            try (OutputStream out = connection.getOutputStream()) {
                out.write(Json.createObjectBuilder().add("query", QUERY).build().toString()
                        .getBytes(StandardCharsets.UTF_8));
            }
            try (InputStream body = connection.getInputStream(); JsonParser json = JSON.createParser(body)) {
                return rows(json);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The nodes of {@code {"data": {"runs": {"nodes": [...]}}}}; an answer with errors has none of these. */
    private static List<Row> rows(JsonParser json) throws IOException {
        for (String field : List.of("data", "runs", "nodes")) {
            if (json.nextToken() != JsonToken.START_OBJECT || json.nextToken() != JsonToken.FIELD_NAME
                    || !json.currentName().equals(field)) {
                throw new IllegalStateException("Not a page of runs: '" + field + "' expected at "
                        + json.currentLocation());
            }
        }
        json.nextToken();
        List<Row> rows = new ArrayList<>(PAGE);
        while (json.nextToken() == JsonToken.START_OBJECT) {
            UUID id = null;
            String productName = null;
            BigDecimal total = null;
            List<Stage> stages = new ArrayList<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                switch (field) {
                    case "id" -> id = UUID.fromString(json.getText());
                    case "productName" -> productName = json.getText();
                    case "totalKgCo2e" -> total = json.getDecimalValue();
                    case "stages" -> {
                        while (json.nextToken() == JsonToken.START_OBJECT) {
                            stages.add(stage(json));
                        }
                    }
                    default -> throw new IllegalStateException("Unexpected field " + field);
                }
            }
            rows.add(new Row(id, productName, total, stages));
        }
        return rows;
    }

    private static Stage stage(JsonParser json) throws IOException {
        String stage = null;
        BigDecimal kgCo2e = null;
        BigDecimal sharePercent = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "stage" -> stage = json.getText();
                case "kgCo2e" -> kgCo2e = json.getDecimalValue();
                case "sharePercent" -> sharePercent = json.getDecimalValue();
                default -> throw new IllegalStateException("Unexpected stage field " + field);
            }
        }
        return new Stage(stage, kgCo2e, sharePercent);
    }

    private static List<Row> sql(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        Map<UUID, List<Stage>> stages = new HashMap<>();
        try (PreparedStatement runs = db.prepareStatement(RUNS_SQL); ResultSet rs = runs.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                List<Stage> ofRun = new ArrayList<>();
                stages.put(id, ofRun);
                rows.add(new Row(id, rs.getString(2), rs.getBigDecimal(3), ofRun));
            }
        }
        try (PreparedStatement query = db.prepareStatement(STAGES_SQL)) {
            Array ids = db.createArrayOf("uuid", stages.keySet().toArray());
            query.setArray(1, ids);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    stages.get(rs.getObject(1, UUID.class))
                            .add(new Stage(rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                }
            }
        }
        return rows;
    }

    private interface Timed {
        void run() throws SQLException;
    }

    private static double millis(Timed timed) throws SQLException {
        long start = System.nanoTime();
        timed.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
