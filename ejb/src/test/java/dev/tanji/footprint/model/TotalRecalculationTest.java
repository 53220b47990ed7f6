package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The totals-only recalculation agrees with the full calculation. */
class TotalRecalculationTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void givesTheSameTotalAsTheFullCalculation() {
        Inventory inventory = aStudy()
                .rawMaterial("steel", "500", "g", factor("2.63", "t CO2e / t"))
                .production("electricity", "1.5", "MWh", factor("0.5366", "kg CO2 / kWh"))
                .facilityTotal(LifeCycleStage.PRODUCTION, "line electricity", "1000", "kWh",
                        factor("0.5", "kg CO2e/kWh"), "400")
                .build();

        BigDecimal total = new TotalRecalculation(inventory.gwp()).total(inventory);

        assertThat(total).isEqualByComparingTo(calculator.calculate(inventory).totalKgCo2e());
        assertThat(total).isEqualByComparingTo("807.465");
    }

    @Test
    void looksEachFactorUpAgainByNameInAnotherSet() {
        EmissionFactor old = EmissionFactor.of("a", "steel", "2", "kg CO2e / kg");
        EmissionFactor newer = EmissionFactor.of("b", "steel", "3", "kg CO2e / kg");
        Inventory inventory = Inventory.of(2022, null, List.of(InventoryLine.of("1", LifeCycleStage.PRODUCTION,
                "steel", Quantity.of("4", Units.KILOGRAM), old)));
        TotalRecalculation totals = new TotalRecalculation(inventory.gwp());

        BigDecimal underNewer = totals.total(inventory,
                new FactorResolver(List.of(List.of(newer)), RegionHierarchy.standard()));

        assertThat(totals.total(inventory)).isEqualByComparingTo("8");
        assertThat(underNewer).isEqualByComparingTo("12");
    }
}
