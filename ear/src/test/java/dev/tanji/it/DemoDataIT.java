package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server under test starts with demo data on, as a new user's embedded server does. */
class DemoDataIT {

    private final GraphQl graphQl = new GraphQl();

    @Test
    void theValveActuatorFootprintIsCalculatedOnFirstStart() {
        var runs = graphQl.data("{ runs(first: 500) { nodes { studyName functionalUnit totalKgCo2e"
                        + " warnings { code } } } }", Map.of())
                .getJsonObject("runs").getJsonArray("nodes").getValuesAs(JsonObject.class);

        JsonObject demo = runs.stream().filter(r -> r.getString("studyName").equals("Valve actuator cradle-to-gate 2022"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo run among " + runs));
        assertThat(demo.getJsonNumber("totalKgCo2e").bigDecimalValue())
                .isCloseTo(new BigDecimal("401.95"), within(new BigDecimal("0.02")));
        assertThat(demo.getString("functionalUnit")).contains("valve actuator");
    }

    @Test
    void theDemoRunFlagsTheTwoFunctionalUnitsAndTheOldGridFactorAndNothingElse() {
        var runs = graphQl.data("{ runs(first: 500) { nodes { studyName warnings { code lineNo } } } }", Map.of())
                .getJsonObject("runs").getJsonArray("nodes").getValuesAs(JsonObject.class);

        JsonObject demo = runs.stream().filter(r -> r.getString("studyName").equals("Valve actuator cradle-to-gate 2022"))
                .findFirst().orElseThrow(() -> new AssertionError("no demo run among " + runs));
        assertThat(demo.getJsonArray("warnings").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("code") + "@" + (w.isNull("lineNo") ? "-" : w.getInt("lineNo")))
                .containsExactly("FUNCTIONAL_UNIT_INCONSISTENT@-", "FACTOR_OLDER_THAN_REFERENCE_PERIOD@13");
    }
}
