package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
}
