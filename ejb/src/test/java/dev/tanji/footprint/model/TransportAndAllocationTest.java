package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_TRANSPORT;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.footprint.model.StudyBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.Units;
import org.junit.jupiter.api.Test;

/**
 * Transport legs become tonne-kilometres; facility totals for a period are shared over the functional unit by unit
 * count, mass or economic value (ISO 14067:2018 6.4.6).
 */
class TransportAndAllocationTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void turnsTwentyKilogramsCarriedFiveHundredKilometresIntoTenTonneKilometres() {
        Transport leg = new Transport(Quantity.of("20.2", Units.KILOGRAM), Quantity.of("500", Units.KILOMETRE),
                "road");

        assertThat(leg.work()).isEqualTo(Quantity.of("10.1", Units.TONNE_KILOMETRE));
    }

    @Test
    void chargesAGreyIronCastingsRoadLegWithTheFreightFactor() {
        Footprint footprint = calculator.calculate(aStudy()
                .with(InventoryLine.transport("grey iron casting, road", RAW_MATERIAL_TRANSPORT,
                                "grey iron casting, road", greyIronByRoad())
                        .factor(factor("0.074", "kg CO2e / t·km").build()))
                .build());

        LineResult road = footprint.line("grey iron casting, road").orElseThrow();
        assertThat(road.amount()).isEqualTo(Quantity.of("10.1", Units.TONNE_KILOMETRE));
        assertThat(road.line().transport()).isEqualTo(greyIronByRoad());
        assertThat(road.kgCo2e()).isEqualByComparingTo("0.7474");
    }

    @Test
    void convertsTonneKilometresForAFactorPerKilogramKilometre() {
        LineResult road = calculator.calculate(aStudy()
                .with(InventoryLine.transport("motor, road", RAW_MATERIAL_TRANSPORT, "motor, road",
                                new Transport(Quantity.of("2", Units.TONNE), Quantity.of("3000", Units.METRE), null))
                        .factor(factor("0.0001", "kg CO2e / kg·km").build()))
                .build()).line("motor, road").orElseThrow();

        assertThat(road.amountInFactorUnit()).isEqualTo(Quantity.of("6000", Units.KILOGRAM_KILOMETRE));
        assertThat(road.kgCo2e()).isEqualByComparingTo("0.6");
    }

    @Test
    void refusesALegWhoseMassOrDistanceIsNotOne() {
        assertThatThrownBy(() -> new Transport(Quantity.of("20", Units.KILOMETRE), Quantity.of("500",
                Units.KILOMETRE), "road"))
                .isInstanceOf(UnitMismatchException.class).hasMessageContaining("mass");
        assertThatThrownBy(() -> new Transport(Quantity.of("20", Units.KILOGRAM), Quantity.of("500",
                Units.KILOGRAM), "road"))
                .isInstanceOf(UnitMismatchException.class).hasMessageContaining("distance");
    }

    @Test
    void allocatesTheYearsElectricityByTheProductsShareOfTheMassShipped() {
        Allocation byMass = Allocation.byMass(Quantity.of("85", Units.KILOGRAM), Quantity.of("1200", Units.TONNE));

        LineResult electricity = allocated("240000", "kWh", factor("0.5", "kg CO2e / kWh"), byMass);

        assertThat(electricity.amountInFactorUnit()).isEqualTo(Quantity.of("17", Units.KILOWATT_HOUR));
        assertThat(electricity.kgCo2e()).isEqualByComparingTo("8.5");
        assertThat(electricity.allocationFraction())
                .isEqualByComparingTo("0.00007083333333333333333333333333333333");
        assertThat(byMass.figures()).isEqualTo("85 kg of 1200 t");
    }

    @Test
    void allocatesTheYearsElectricityByTheProductsShareOfTheRevenue() {
        Allocation byValue = Allocation.byEconomicValue(Quantity.of("3000", Units.CNY),
                Quantity.of("49000000", Units.CNY));

        LineResult electricity = allocated("4900000", "kWh", factor("0.93", "kg CO2e / kWh"), byValue);

        assertThat(electricity.amountInFactorUnit()).isEqualTo(Quantity.of("300", Units.KILOWATT_HOUR));
        assertThat(electricity.kgCo2e()).isEqualByComparingTo("279");
        assertThat(byValue.fraction()).isEqualByComparingTo("0.00006122448979591836734693877551020408");
    }

    @Test
    void allocatesAFacilityTotalByUnitCountAsTheValveActuatorCaseDoes() {
        LineResult electricity = allocated("225500", "kWh", factor("0.8843", "kg CO2 / kWh"),
                Allocation.byUnitCount("16345"));

        assertThat(electricity.kgCo2e()).isEqualByComparingTo("12.200039767513000917711838482716425078");
    }

    @Test
    void refusesToShareAYuanFigureOfADollarOutput() {
        assertThatThrownBy(() -> Allocation.byEconomicValue(Quantity.of("3000", Units.CNY),
                Quantity.of("7000000", Units.USD)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_ALLOCATION))
                .hasMessageContaining("3000 CNY")
                .hasMessageContaining("7000000 USD");
    }

    @Test
    void refusesAShareAboveThePeriodsWholeOutput() {
        assertThatThrownBy(() -> Allocation.byMass(Quantity.of("1300", Units.TONNE),
                Quantity.of("1200000", Units.KILOGRAM)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_ALLOCATION))
                .hasMessageContaining("exceeds");
    }

    @Test
    void acceptsAShareEqualToTheWholeOutput() {
        Allocation whole = Allocation.byMass(Quantity.of("1.2", Units.TONNE), Quantity.of("1200", Units.KILOGRAM));

        assertThat(whole.fraction()).isEqualByComparingTo("1");
    }

    @Test
    void refusesAUnitCountBasisGivenInKilograms() {
        assertThatThrownBy(() -> new Allocation(Allocation.Basis.UNIT_COUNT, Quantity.of("1", Units.KILOGRAM),
                Quantity.of("100", Units.KILOGRAM)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_ALLOCATION))
                .hasMessageContaining("UNIT_COUNT");
    }

    @Test
    void refusesAMassBasisWhoseShareIsInPieces() {
        assertThatThrownBy(() -> Allocation.byMass(Quantity.of("1", Units.PIECE), Quantity.of("1200",
                Units.TONNE)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_ALLOCATION));
    }

    @Test
    void refusesAnEmptyShare() {
        assertThatThrownBy(() -> Allocation.byEconomicValue(Quantity.of("0", Units.CNY),
                Quantity.of("49000000", Units.CNY)))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_ALLOCATION));
    }

    private LineResult allocated(String amount, String unit, FactorBuilder factor, Allocation allocation) {
        return calculator.calculate(aStudy()
                .with(item(PRODUCTION, "line electricity", amount, unit).factor(factor.build())
                        .facilityTotal(allocation))
                .build()).line("line electricity").orElseThrow();
    }

    private static Transport greyIronByRoad() {
        return new Transport(Quantity.of("20.2", Units.KILOGRAM), Quantity.of("500", Units.KILOMETRE), "road");
    }
}
