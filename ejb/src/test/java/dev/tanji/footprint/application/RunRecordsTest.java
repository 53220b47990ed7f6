package dev.tanji.footprint.application;

import static dev.tanji.footprint.model.LifeCycleStage.ENERGY;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.quantity.Gas.CH4_FOSSIL;
import static dev.tanji.quantity.Gas.CO2;
import static dev.tanji.quantity.Gas.CO2E;
import static dev.tanji.quantity.Gas.N2O;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.Footprint;
import dev.tanji.footprint.model.FootprintCalculator;
import dev.tanji.footprint.model.GasResult;
import dev.tanji.footprint.model.GwpTable;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.footprint.model.InventoryLine;
import dev.tanji.footprint.model.LineResult;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run's lines are stored with their gases, but for a line in CO2e alone, whose one gas {@code CO2E} is its kg CO2e:
 * read back, every line has the gases the calculation gave it.
 */
class RunRecordsTest {

    private static final GwpTable AR6 = new GwpTable("AR6", Map.of(CO2, BigDecimal.ONE, CH4_FOSSIL,
            new BigDecimal("29.8"), N2O, new BigDecimal("273")));

    private final Footprint footprint = new FootprintCalculator().calculate(Inventory.of(2024, null, List.of(
            InventoryLine.of("1", RAW_MATERIAL_ACQUISITION, "steel", Quantity.of("10.3", Units.parse("kg")),
                    EmissionFactor.of("steel", "steel", "2.0512345", "t CO2e / t")),
            InventoryLine.of("2", ENERGY, "natural gas", Quantity.of("0.4", Units.parse("m³")),
                    EmissionFactor.perGas("gas", "natural gas", "kg / m³", Map.of(CO2, new BigDecimal("2.09"),
                            CH4_FOSSIL, new BigDecimal("3.75E-05"), N2O, new BigDecimal("3.73E-06")))),
            InventoryLine.of("3", PRODUCTION, "blend", Quantity.of("3", Units.parse("kg")),
                    EmissionFactor.perGas("blend", "blend", "kg / kg", Map.of(CO2E, new BigDecimal("0.25"),
                            CO2, new BigDecimal("0.5")))),
            InventoryLine.of("4", PRODUCTION, "electricity", Quantity.of("7", Units.parse("kWh")),
                    EmissionFactor.of("grid", "grid", "0.5703", "kg CO2 / kWh")))).withGwp(AR6));

    @Test
    void aLineInCo2eAloneStoresNoGasRowsAndEveryOtherLineItsGases() {
        List<RunLineGas> stored = RunRecords.gases(footprint);

        assertThat(stored).extracting(RunLineGas::lineNo, RunLineGas::gas).containsExactlyInAnyOrder(
                tuple(2, "CO2"), tuple(2, "CH4_FOSSIL"), tuple(2, "N2O"),
                tuple(3, "CO2E"), tuple(3, "CO2"),
                tuple(4, "CO2"));
    }

    @Test
    void eachLineReadsBackWithTheGasesTheCalculationGaveIt() {
        List<RunLineGas> stored = RunRecords.gases(footprint);

        for (LineResult line : footprint.lines()) {
            int lineNo = Integer.parseInt(line.lineId());
            List<RunLineGas> read = RunViews.gasesOf(lineNo, line.kgCo2e().setScale(12, RoundingMode.HALF_UP),
                    stored.stream().filter(g -> g.lineNo() == lineNo).toList());

            List<GasResult> calculatedInGasOrder = line.gases().stream()
                    .sorted(Comparator.comparing(GasResult::gas)).toList();

            assertThat(read).as("line %d", lineNo).hasSameSizeAs(calculatedInGasOrder);
            for (int i = 0; i < read.size(); i++) {
                GasResult calculated = calculatedInGasOrder.get(i);
                RunLineGas gas = read.get(i);
                assertThat(Gas.valueOf(gas.gas())).as("line %d", lineNo).isEqualTo(calculated.gas());
                assertThat(gas.kgGas()).as("line %d kg %s", lineNo, gas.gas())
                        .isEqualByComparingTo(calculated.kgGas().setScale(12, RoundingMode.HALF_UP));
                assertThat(gas.gwp()).isEqualByComparingTo(calculated.gwp());
                assertThat(gas.kgCo2e()).isEqualByComparingTo(calculated.kgCo2e().setScale(12, RoundingMode.HALF_UP));
            }
        }
        assertThat(RunViews.gasesOf(1, new BigDecimal("21.127717350000"), List.of()))
                .extracting(RunLineGas::gas, RunLineGas::kgGas, RunLineGas::gwp, RunLineGas::kgCo2e)
                .containsExactly(tuple("CO2E", new BigDecimal("21.127717350000"), new BigDecimal("1.000000000000"),
                        new BigDecimal("21.127717350000")));
    }
}
