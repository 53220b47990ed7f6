package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A whole study imported as one document, then calculated, gives the published footprint. */
class StudyImportIT {

    private final GraphQl graphQl = new GraphQl();

    @Test
    void anImportedValveActuatorStudyReproducesThePublishedTotal() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String document = caseADocument()
                .replace("天津百利二通机械有限公司", "Importer " + suffix)
                .replace("Valve actuator cradle-to-gate 2022", "Imported study " + suffix);

        String studyId = graphQl.data("mutation($d: String!) { importStudy(document: $d) { id lines { lineNo } } }",
                Map.of("d", document)).getJsonObject("importStudy").getString("id");
        JsonObject run = graphQl.data("mutation($s: ID!) { calculateFootprint(studyId: $s) { totalKgCo2e } }",
                Map.of("s", studyId)).getJsonObject("calculateFootprint");

        assertThat(run.getJsonNumber("totalKgCo2e").bigDecimalValue())
                .isCloseTo(new BigDecimal("401.95"), within(new BigDecimal("0.02")));
    }

    @Test
    void aDocumentThatIsNotJsonIsRefusedWithACode() {
        JsonObject error = graphQl.firstError("mutation($d: String!) { importStudy(document: $d) { id } }",
                Map.of("d", "{ not json"));

        assertThat(GraphQl.code(error)).isEqualTo("INVALID_DOCUMENT");
    }

    private static String caseADocument() throws IOException {
        try (InputStream in = StudyImportIT.class.getResourceAsStream("/seed-a-valve-actuator.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
