package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Acceptance case A (shared/cases/seed-a-valve-actuator.md), entered and calculated through GraphQL. */
class CaseAValveActuatorIT {

    private static final String RUN = "totalKgCo2e stages { stage kgCo2e sharePercent } warnings { code lineNo }";
    private static final BigDecimal KG = new BigDecimal("0.02");
    private static final BigDecimal POINTS = new BigDecimal("0.01");

    private final GraphQl graphQl = new GraphQl();

    @Test
    void reproducesThePublishedTotalStageFiguresAndShares() {
        JsonObject run = StudyFixture.valveActuator(graphQl, "16345").calculate(RUN);

        assertThat(run.getJsonNumber("totalKgCo2e").bigDecimalValue()).isCloseTo(new BigDecimal("401.95"), within(KG));
        Map<String, JsonObject> stages = stages(run);
        assertStage(stages, "RAW_MATERIAL_ACQUISITION", "386", "96.03");
        assertStage(stages, "RAW_MATERIAL_TRANSPORT", "1.22", "0.30");
        assertStage(stages, "PRODUCTION", "12.2", "3.04");
        assertStage(stages, "DISTRIBUTION", "2.53", "0.63");
    }

    @Test
    void flagsTheTwelveYearOldGridFactor() {
        JsonObject run = StudyFixture.valveActuator(graphQl, "16345").calculate(RUN);

        assertThat(codes(run)).contains("FACTOR_OLDER_THAN_REFERENCE_PERIOD");
    }

    @Test
    void flagsTheAnnualElectricityEnteredWithoutAnOutputToAllocateOver() {
        JsonObject run = StudyFixture.valveActuator(graphQl, null).calculate(RUN);

        assertThat(codes(run)).contains("FACILITY_TOTAL_NOT_ALLOCATED", "CONTRIBUTION_OUTLIER");
        assertThat(stages(run).get("PRODUCTION").getJsonNumber("kgCo2e").bigDecimalValue())
                .isCloseTo(new BigDecimal("199409.65"), within(KG));
    }

    private static void assertStage(Map<String, JsonObject> stages, String stage, String kg, String share) {
        JsonObject result = stages.get(stage);
        assertThat(result).as(stage).isNotNull();
        assertThat(result.getJsonNumber("kgCo2e").bigDecimalValue()).as(stage + " kg CO2e")
                .isCloseTo(new BigDecimal(kg), within(KG));
        assertThat(result.getJsonNumber("sharePercent").bigDecimalValue()).as(stage + " share")
                .isCloseTo(new BigDecimal(share), within(POINTS));
    }

    static Map<String, JsonObject> stages(JsonObject run) {
        return run.getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(s -> s.getString("stage"), s -> s));
    }

    static java.util.List<String> codes(JsonObject run) {
        return run.getJsonArray("warnings").getValuesAs(JsonValue::asJsonObject).stream()
                .map(w -> w.getString("code")).toList();
    }
}
