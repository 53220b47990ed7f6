package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs go to Parquet and come back through DuckDB, through the public API. */
class WarehouseIT {

    private final GraphQl graphQl = new GraphQl();

    @Test
    void anExportedRunIsAnsweredByDuckDbWithItsTotal() {
        JsonObject run = StudyFixture.valveActuator(graphQl, "16345").calculate("id totalKgCo2e");

        graphQl.data("mutation { exportWarehouse { runsWritten runsSkipped } }", Map.of());
        List<JsonObject> rows = graphQl.data("{ warehouseFootprints { latestRunId totalKgCo2e referenceYear } }",
                Map.of()).getJsonArray("warehouseFootprints").getValuesAs(JsonObject.class);

        JsonObject row = rows.stream().filter(r -> r.getString("latestRunId").equals(run.getString("id")))
                .findFirst().orElseThrow(() -> new AssertionError("run not in the warehouse: " + rows));
        assertThat(row.getJsonNumber("totalKgCo2e").bigDecimalValue())
                .isCloseTo(new BigDecimal("401.95"), within(new BigDecimal("0.02")));
        assertThat(row.getInt("referenceYear")).isEqualTo(2022);
    }

    @Test
    void exportingAgainWritesNothingNew() {
        StudyFixture.valveActuator(graphQl, "16345").calculate("id");
        graphQl.data("mutation { exportWarehouse { runsWritten } }", Map.of());

        JsonObject again = graphQl.data("mutation { exportWarehouse { runsWritten runsSkipped } }", Map.of())
                .getJsonObject("exportWarehouse");

        assertThat(again.getInt("runsWritten")).isZero();
        assertThat(again.getInt("runsSkipped")).isPositive();
    }

    @Test
    void anExportJobRunsInTheBackgroundReportsItsProgressAndLeavesEveryRunInTheWarehouse() throws Exception {
        JsonObject run = StudyFixture.valveActuator(graphQl, "16345").calculate("id");

        JsonObject started = graphQl.data("mutation { startWarehouseExport { id state requestedAt } }", Map.of())
                .getJsonObject("startWarehouseExport");
        assertThat(started.getString("state")).isIn("QUEUED", "RUNNING", "SUCCEEDED");
        JsonObject job = awaitEnd(started.getString("id"));

        assertThat(job.getString("state")).isEqualTo("SUCCEEDED");
        assertThat(job.getInt("runsWritten")).isEqualTo(job.getInt("runsToWrite"));
        assertThat(job.getJsonNumber("percentDone").bigDecimalValue()).isEqualByComparingTo("100");
        assertThat(job.getString("startedAt").compareTo(job.getString("finishedAt"))).isNotPositive();
        assertThat(job.isNull("errorCode")).isTrue();
        assertThat(graphQl.data("{ warehouseFootprints { latestRunId } }", Map.of())
                .getJsonArray("warehouseFootprints").getValuesAs(JsonObject.class))
                .anyMatch(row -> row.getString("latestRunId").equals(run.getString("id")));
        assertThat(graphQl.data("{ warehouseExportJobs { id } }", Map.of()).getJsonArray("warehouseExportJobs")
                .getValuesAs(JsonObject.class)).extracting(listed -> listed.getString("id"))
                .contains(started.getString("id"));
    }

    @Test
    void anUnknownExportJobIsNotFound() {
        JsonObject error = graphQl.firstError("query($id: ID!) { warehouseExportJob(id: $id) { state } }",
                Map.of("id", UUID.randomUUID().toString()));

        assertThat(GraphQl.code(error)).isEqualTo("NOT_FOUND");
    }

    @Test
    void onlyAnAdminStartsOrFollowsAnExport() {
        GraphQl editor = GraphQl.as("editor", "tanji-editor");
        String jobId = graphQl.data("mutation { startWarehouseExport { id } }", Map.of())
                .getJsonObject("startWarehouseExport").getString("id");

        assertThat(GraphQl.code(editor.firstError("mutation { startWarehouseExport { id } }", Map.of())))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQl.code(editor.firstError("query($id: ID!) { warehouseExportJob(id: $id) { state } }",
                Map.of("id", jobId)))).isEqualTo("FORBIDDEN");
        assertThat(GraphQl.code(editor.firstError("{ warehouseExportJobs { id } }", Map.of())))
                .isEqualTo("FORBIDDEN");
    }

    private JsonObject awaitEnd(String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            JsonObject job = graphQl.data("query($id: ID!) { warehouseExportJob(id: $id) { id state startedAt "
                            + "finishedAt runsToWrite runsWritten runsSkipped linesWritten filesWritten percentDone "
                            + "errorCode errorMessage } }", Map.of("id", jobId))
                    .getJsonObject("warehouseExportJob");
            String state = job.getString("state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return job;
            }
            Thread.sleep(100);
        }
    }
}
