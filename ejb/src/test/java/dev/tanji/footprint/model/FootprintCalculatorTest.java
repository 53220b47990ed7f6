package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.DISTRIBUTION;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FootprintCalculatorTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void multipliesAnAmountByItsFactor() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "2", "kg", factor("3", "kg CO2e / kg")).build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("6");
        LineResult steel = footprint.line("steel").orElseThrow();
        assertThat(steel.kgCo2e()).isEqualByComparingTo("6");
        assertThat(steel.sharePercent()).isEqualByComparingTo("100");
        assertThat(steel.line().allocation()).isNull();
        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void convertsTheAmountIntoTheFactorsReferenceUnitBeforeMultiplying() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "500", "g", factor("2.63", "t CO2e / t")).build());

        LineResult steel = footprint.line("steel").orElseThrow();
        assertThat(steel.amount()).isEqualTo(Quantity.of("500", Units.GRAM));
        assertThat(steel.amountInFactorUnit()).isEqualTo(Quantity.of("0.0005", Units.TONNE));
        assertThat(steel.factorKgCo2ePerUnit()).isEqualByComparingTo("2630");
        assertThat(steel.kgCo2e()).isEqualByComparingTo("1.315");
    }

    @Test
    void normalisesAFactorInTonnesPerKilogramByAThousand() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("catalyst", "2", "kg", factor("0.5", "t CO2e / kg")).build());

        assertThat(footprint.line("catalyst").orElseThrow().factorKgCo2ePerUnit()).isEqualByComparingTo("500");
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("1000");
    }

    @Test
    void convertsMegajoulesIntoKilowattHoursForAFactorPerKilowattHour() {
        Footprint footprint = calculator.calculate(aStudy()
                .production("electricity", "36", "MJ", factor("0.5", "kg CO2e / kWh")).build());

        LineResult electricity = footprint.line("electricity").orElseThrow();
        assertThat(electricity.amountInFactorUnit()).isEqualTo(Quantity.of("10", Units.KILOWATT_HOUR));
        assertThat(electricity.kgCo2e()).isEqualByComparingTo("5");
    }

    @Test
    void countsACarbonDioxideOnlyFactorAsCarbonDioxideEquivalentOneToOne() {
        Footprint footprint = calculator.calculate(aStudy()
                .production("electricity", "2", "MWh", factor("0.6", "tCO2/MWh")).build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("1200");
    }

    @Test
    void allocatesAnnualElectricityOverAnnualOutput() {
        Footprint footprint = calculator.calculate(aStudy()
                .facilityTotal(PRODUCTION, "line electricity", "1000", "kWh", factor("0.5", "kg CO2e/kWh"), "400")
                .build());

        LineResult electricity = footprint.line("line electricity").orElseThrow();
        assertThat(electricity.amount()).isEqualTo(Quantity.of("1000", Units.KILOWATT_HOUR));
        assertThat(electricity.line().allocation().periodOutput()).isEqualTo(Quantity.of("400", Units.PIECE));
        assertThat(electricity.amountInFactorUnit()).isEqualTo(Quantity.of("2.5", Units.KILOWATT_HOUR));
        assertThat(electricity.kgCo2e()).isEqualByComparingTo("1.25");
        assertThat(footprint.warnings()).isEmpty();
    }

    @Test
    void sumsStagesExactlyAndListsThemInLifeCycleOrder() {
        Footprint footprint = calculator.calculate(aStudy()
                .distribution("truck", "10", "t·km", factor("0.1", "kg CO2e / t·km"))
                .rawMaterial("steel", "1", "kg", factor("1.5", "kg CO2e / kg"))
                .rawMaterial("paint", "0.5", "kg", factor("3", "kg CO2e / kg"))
                .build());

        assertThat(footprint.stages()).extracting(StageResult::stage)
                .containsExactly(RAW_MATERIAL_ACQUISITION, DISTRIBUTION);
        StageResult rawMaterial = footprint.stage(RAW_MATERIAL_ACQUISITION).orElseThrow();
        assertThat(rawMaterial.kgCo2e()).isEqualByComparingTo("3");
        assertThat(rawMaterial.sharePercent()).isEqualByComparingTo("75");
        assertThat(footprint.stage(DISTRIBUTION).orElseThrow().sharePercent()).isEqualByComparingTo("25");
        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("4");
        assertThat(footprint.lines()).extracting(LineResult::lineId).containsExactly("truck", "steel", "paint");
    }

    @Test
    void givesZeroSharesWhenNothingIsEmitted() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("scrap", "0", "kg", factor("2", "kg CO2e / kg")).build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("0");
        assertThat(footprint.line("scrap").orElseThrow().sharePercent()).isEqualByComparingTo("0");
    }

    @Test
    void refusesAnEmptyInventory() {
        assertThatThrownBy(() -> calculator.calculate(aStudy().build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo("EMPTY_INVENTORY"));
    }

    @Test
    void refusesANegativeAmountNamingTheItem() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "-1", "kg", factor("2", "kg CO2e / kg")).build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo("NEGATIVE_AMOUNT"))
                .hasMessageContaining("'steel'")
                .hasMessageContaining("-1 kg");
    }

    @Test
    void refusesTwoLinesWithTheSameId() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "1", "kg", factor("2", "kg CO2e / kg"))
                .rawMaterial("steel", "2", "kg", factor("2", "kg CO2e / kg")).build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo("DUPLICATE_LINE_ID"));
    }

    @Test
    void refusesAnAllocationOverNoOutput() {
        assertThatThrownBy(() -> Allocation.byUnitCount("0"))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_ALLOCATION"));
        assertThatThrownBy(() -> Allocation.byUnitCount("-5"))
                .isInstanceOf(CalculationException.class);
        assertThatThrownBy(() -> new Allocation(Allocation.Basis.MASS, Quantity.of("1", Units.PIECE),
                Quantity.of(BigDecimal.TEN, Units.PIECE)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo("INVALID_ALLOCATION"))
                .hasMessageContaining("mass");
    }

    @Test
    void refusesAFactorPerKilowattHourForAnAmountInKilograms() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .production("electricity", "5", "kg", factor("0.9", "kg CO2e / kWh")).build()))
                .isInstanceOfSatisfying(UnitMismatchException.class,
                        e -> assertThat(e.code()).isEqualTo("UNIT_MISMATCH"))
                .hasMessageContaining("Cannot apply a factor per kWh to an amount in kg")
                .hasMessageContaining("'electricity'");
    }

    @Test
    void keepsItsResultListsUnmodifiable() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "1", "kg", factor("2", "kg CO2e / kg")).build());

        assertThatThrownBy(() -> footprint.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> footprint.stages().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> footprint.warnings().add(new Warning("X", null, "x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesTheLinesItIsGiven() {
        List<InventoryLine> lines = new java.util.ArrayList<>(aStudy()
                .rawMaterial("steel", "1", "kg", factor("2", "kg CO2e / kg")).build().lines());
        Inventory inventory = Inventory.of(2022, null, lines);
        lines.clear();

        assertThat(inventory.lines()).hasSize(1);
    }
}
