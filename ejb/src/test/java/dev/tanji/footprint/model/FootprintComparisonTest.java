package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.FactorBuilder.gases;
import static dev.tanji.footprint.model.GwpTables.AR4;
import static dev.tanji.footprint.model.GwpTables.AR6;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.quantity.Gas.CH4_FOSSIL;
import static dev.tanji.quantity.Gas.CO2;
import static dev.tanji.quantity.Gas.N2O;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.footprint.model.FootprintComparison.LineDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One study calculated under its own factors and under others, line by line. */
class FootprintComparisonTest {

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void comparesEachLineUnderTheOtherFactorsWithItsDifferenceAndPercent() {
        Inventory study = aStudy()
                .rawMaterial("steel", "2", "kg", factor("3", "kg CO2e / kg"))
                .energy("electricity", "10", "kWh", factor("0.5", "kg CO2e / kWh"))
                .build();
        Inventory otherFactors = withFactors(study, Map.of(
                "steel", factor("2.4", "kg CO2e / kg"), "electricity", factor("0.6", "kg CO2e / kWh")));

        FootprintComparison comparison = compare(study, otherFactors);

        assertThat(comparison.lines()).extracting(LineDifference::lineId).containsExactly("steel", "electricity");
        assertLine(comparison, "steel", "-1.2", "-20");
        assertLine(comparison, "electricity", "1", "20");
        assertThat(comparison.baseline().totalKgCo2e()).isEqualByComparingTo("11");
        assertThat(comparison.alternative().totalKgCo2e()).isEqualByComparingTo("10.8");
        assertThat(comparison.differenceKgCo2e()).isEqualByComparingTo("-0.2");
        assertThat(comparison.differencePercent()).isEqualByComparingTo("-1.818181818181818181818181818181818");
    }

    @Test
    void listsALineCountedOnOnlyOneSideAgainstNothing() {
        Inventory study = aStudy()
                .rawMaterial("steel", "2", "kg", factor("3", "kg CO2e / kg"))
                .energy("water", "2", "t", factor("0.5", "kg CO2e / t"))
                .energy("electricity", "10", "kWh", factor("0.5", "kg CO2e / kWh"))
                .build();
        Inventory revised = aStudy()
                .rawMaterial("steel", "2", "kg", factor("3", "kg CO2e / kg"))
                .energy("electricity", "10", "kWh", factor("0.5", "kg CO2e / kWh"))
                .rawMaterial("paint", "1", "kg", factor("2.2", "kg CO2e / kg"))
                .build();

        FootprintComparison comparison = compare(study, revised);

        assertThat(comparison.lines()).extracting(LineDifference::lineId)
                .containsExactly("steel", "water", "electricity", "paint");
        assertLine(comparison, "steel", "0", "0");
        assertLine(comparison, "water", "-1", "-100");
        assertThat(line(comparison, "water").alternative()).isNull();
        LineDifference paint = line(comparison, "paint");
        assertThat(paint.baseline()).isNull();
        assertThat(paint.alternative().kgCo2e()).isEqualByComparingTo("2.2");
        assertThat(paint.differenceKgCo2e()).isEqualByComparingTo("2.2");
        assertThat(paint.differencePercent()).isNull();
        assertThat(comparison.differenceKgCo2e()).isEqualByComparingTo("1.2");
        assertThat(comparison.differencePercent()).isEqualByComparingTo("10");
    }

    @Test
    void showsWhatMovingFromAr4ToAr6DoesToNaturalGasCombustion() {
        Inventory study = aStudy().characterisedWith(AR4)
                .energy("natural gas", "0.4", "m³", gases("kg / m³")
                        .emits(CO2, "2.09").emits(CH4_FOSSIL, "3.75E-05").emits(N2O, "3.73E-06"))
                .build();

        FootprintComparison comparison = compare(study, study.withGwp(AR6));

        assertThat(comparison.differenceKgCo2e()).isEqualByComparingTo("0.0000347");
        assertLine(comparison, "natural gas", "0.0000347", "0.004146652317481047193807655675222604");
    }

    @Test
    void givesNoPercentAgainstABaselineOfNothing() {
        Inventory nothing = aStudy().rawMaterial("scrap", "1", "kg", factor("0", "kg CO2e / kg")).build();
        Inventory something = aStudy().rawMaterial("scrap", "1", "kg", factor("0.1", "kg CO2e / kg")).build();

        FootprintComparison comparison = compare(nothing, something);

        assertThat(comparison.differenceKgCo2e()).isEqualByComparingTo("0.1");
        assertThat(comparison.differencePercent()).isNull();
        assertThat(line(comparison, "scrap").differencePercent()).isNull();
    }

    private FootprintComparison compare(Inventory baseline, Inventory alternative) {
        return FootprintComparison.between(calculator.calculate(baseline), calculator.calculate(alternative));
    }

    /** The same inventory with some lines' factors replaced, as a recalculation under another factor set. */
    private static Inventory withFactors(Inventory inventory, Map<String, FactorBuilder> factorsByLine) {
        List<InventoryLine> lines = new ArrayList<>();
        for (InventoryLine line : inventory.lines()) {
            FactorBuilder other = factorsByLine.get(line.id());
            lines.add(other == null ? line : line.withChoice(FactorChoice.explicit(other.build())));
        }
        return inventory.withLines(lines);
    }

    private static void assertLine(FootprintComparison comparison, String lineId, String kgCo2e, String percent) {
        LineDifference line = line(comparison, lineId);
        assertThat(line.differenceKgCo2e()).as("%s difference", lineId).isEqualByComparingTo(kgCo2e);
        assertThat(line.differencePercent()).as("%s difference in percent", lineId).isEqualByComparingTo(percent);
    }

    private static LineDifference line(FootprintComparison comparison, String lineId) {
        return comparison.lines().stream().filter(line -> line.lineId().equals(lineId)).findFirst().orElseThrow();
    }
}
