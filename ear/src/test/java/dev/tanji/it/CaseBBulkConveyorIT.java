package dev.tanji.it;

import static dev.tanji.it.support.RunAssertions.KG;
import static dev.tanji.it.support.RunAssertions.assertItem;
import static dev.tanji.it.support.RunAssertions.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tanji.it.support.GraphQl;
import dev.tanji.it.support.StudyFixture;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Acceptance case B (shared/cases/seed-b-bulk-conveyor.md) through GraphQL, with the factors the report implies.
 * Natural gas is entered here by its supply factor; characterising its combustion gases is a separate concern.
 */
class CaseBBulkConveyorIT {

    private final GraphQl graphQl = new GraphQl();

    @Test
    void reproducesThePublishedItemFiguresAndTotal() {
        JsonObject run = bulkConveyor().calculate("totalKgCo2e lines { item kgCo2e sharePercent }");

        assertThat(run.getJsonNumber("totalKgCo2e").bigDecimalValue())
                .isCloseTo(new BigDecimal("3417.89"), within(KG));
        assertItem(run, "electricity", "193.92", "5.674");
        assertItem(run, "natural gas", "0.11", "0.003");
        assertItem(run, "water", "28.73", "0.841");
        assertItem(run, "steel", "3156.00", "92.338");
        assertItem(run, "electric motor", "3.53", "0.103");
        assertItem(run, "gear reducer", "3.53", "0.103");
        assertItem(run, "paint", "7.31", "0.214");
        assertItem(run, "carbon dioxide (welding gas)", "19.73", "0.577");
        assertItem(run, "direct emissions", "5.02", "0.147");
    }

    @Test
    void flagsTheNorthChinaGridFactorForAPlantInCentralChina() {
        JsonObject run = bulkConveyor().calculate("warnings { code lineNo }");

        assertThat(codes(run)).contains("FACTOR_REGION_MISMATCH");
    }

    private StudyFixture bulkConveyor() {
        return new StudyFixture(graphQl).facilityIn("Central China").referenceYear(2020).gwpSet("AR4")
                .factor("grid electricity", "0.93", "kg CO2e / kWh", "North China", 2019)
                .factor("natural gas supply", "0.2786", "kg CO2e / m3")
                .factor("water", "12.33", "kg CO2e / t")
                .factor("steel", "2630", "kg CO2e / t")
                .factor("electric motor", "16.81", "kg CO2e / piece")
                .factor("gear reducer", "16.81", "kg CO2e / piece")
                .factor("paint", "1.0798", "kg CO2e / kg")
                .factor("welding CO2", "1.997", "kg CO2e / m3")
                .pinnedLine("ENERGY", "electricity", "208.52", "kWh", "grid electricity", "North China", 2019)
                .line("ENERGY", "natural gas", "0.4", "m3", "natural gas supply")
                .line("ENERGY", "water", "2.33", "t", "water")
                .line("RAW_MATERIAL_ACQUISITION", "steel", "1.2", "t", "steel")
                .line("RAW_MATERIAL_ACQUISITION", "electric motor", "0.21", "piece", "electric motor")
                .line("RAW_MATERIAL_ACQUISITION", "gear reducer", "0.21", "piece", "gear reducer")
                .line("RAW_MATERIAL_ACQUISITION", "paint", "6.77", "kg", "paint")
                .line("ENERGY", "carbon dioxide (welding gas)", "9.88", "m3", "welding CO2")
                .directEmission("DIRECT_EMISSIONS", "direct emissions", "5.02", "kg", "CO2E");
    }
}
