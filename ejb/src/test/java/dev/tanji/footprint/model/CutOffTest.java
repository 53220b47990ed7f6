package dev.tanji.footprint.model;

import static dev.tanji.footprint.model.FactorBuilder.factor;
import static dev.tanji.footprint.model.LifeCycleStage.PRODUCTION;
import static dev.tanji.footprint.model.LifeCycleStage.RAW_MATERIAL_ACQUISITION;
import static dev.tanji.footprint.model.StudyBuilder.aStudy;
import static dev.tanji.footprint.model.StudyBuilder.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.quantity.Density;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Inputs left out under the study's cut-off criteria (ISO 14067:2018 6.3.4.3): listed with their mass share and
 * estimated emission, never counted, and refused beyond the declared thresholds. Each study here has 100 kg of
 * material inputs, so a line's kilograms are its percent.
 */
class CutOffTest {

    private static final FactorBuilder STEEL = factor("1", "kg CO2e / kg");

    private final FootprintCalculator calculator = new FootprintCalculator();

    @Test
    void listsAnInputOfHalfAPercentOfTheMaterialMassWithoutCountingIt() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.5", "kg", STEEL)
                .excluded("label", "0.5", "kg", factor("2", "kg CO2e / kg"))
                .build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("99.5");
        assertThat(footprint.line("label")).isEmpty();
        assertThat(footprint.excluded().lines()).singleElement().satisfies(label -> {
            assertThat(label.line().item()).isEqualTo("label");
            assertThat(label.massSharePercent()).isEqualByComparingTo("0.5");
            assertThat(label.estimatedKgCo2e()).isEqualByComparingTo("1");
        });
        assertThat(footprint.excluded().massSharePercent()).isEqualByComparingTo("0.5");
        assertThat(footprint.excluded().estimatedKgCo2e()).isEqualByComparingTo("1");
        assertThat(footprint.lines()).singleElement().satisfies(steel ->
                assertThat(steel.sharePercent()).isEqualByComparingTo("100"));
    }

    @Test
    void listsAnExcludedInputWithoutAFactorWithNoEstimate() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.5", "kg", STEEL)
                .excluded("label", "500", "g", null)
                .build());

        assertThat(footprint.excluded().lines()).singleElement().satisfies(label -> {
            assertThat(label.massSharePercent()).isEqualByComparingTo("0.5");
            assertThat(label.estimatedKgCo2e()).isNull();
        });
        assertThat(footprint.excluded().estimatedKgCo2e()).isEqualByComparingTo("0");
    }

    @Test
    void reportsNoExclusionsForAStudyThatLeavesNothingOut() {
        Footprint.Exclusions excluded = calculator.calculate(aStudy()
                .rawMaterial("steel", "100", "kg", STEEL).build()).excluded();

        assertThat(excluded.lines()).isEmpty();
        assertThat(excluded.massSharePercent()).isEqualByComparingTo("0");
        assertThat(excluded.estimatedKgCo2e()).isEqualByComparingTo("0");
    }

    @Test
    void refusesToLeaveOutAnInputOfOneAndAHalfPercent() {
        assertCutOffExceeded(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "98.5", "kg", STEEL)
                .excluded("packaging film", "1.5", "kg", null)
                .build()), "'packaging film'", "1.5 %", "1 %", "6.3.4.3");
    }

    @Test
    void allowsAnInputOfExactlyOnePercent() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99", "kg", STEEL)
                .excluded("packaging film", "1", "kg", null)
                .build());

        assertThat(footprint.excluded().massSharePercent()).isEqualByComparingTo("1");
    }

    @Test
    void holdsARareMaterialToATenthOfAPercent() {
        assertCutOffExceeded(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "99.8", "kg", STEEL)
                .excludedRare("silver contact", "0.2", "kg", null)
                .build()), "'silver contact'", "0.2 %", "0.1 %", "rare");

        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.95", "kg", STEEL)
                .excludedRare("silver contact", "0.05", "kg", null)
                .build());
        assertThat(footprint.excluded().lines()).singleElement()
                .satisfies(silver -> assertThat(silver.massSharePercent()).isEqualByComparingTo("0.05"));
    }

    @Test
    void refusesExclusionsAboveFivePercentOfTheMassTogetherThoughEachIsUnderOnePercent() {
        StudyBuilder study = aStudy().rawMaterial("steel", "94.6", "kg", STEEL);
        for (String item : new String[] {"bolts", "washers", "labels", "cable ties", "grease", "sealant"}) {
            study.excluded(item, "0.9", "kg", null);
        }

        assertCutOffExceeded(() -> calculator.calculate(study.build()), "5.4 %", "5 %", "in total");
    }

    @Test
    void refusesExclusionsAboveFivePercentTogetherUnderALooserRuleForEachLine() {
        assertCutOffExceeded(() -> calculator.calculate(aStudy()
                .cutOff(CutOffRule.of(BigDecimal.valueOf(2), null, null))
                .rawMaterial("steel", "94.6", "kg", STEEL)
                .excluded("bolts", "1.8", "kg", null)
                .excluded("washers", "1.8", "kg", null)
                .excluded("labels", "1.8", "kg", null)
                .build()), "5.4 %", "5 %");
    }

    @Test
    void refusesExclusionsThatWouldAddMoreThanFivePercentOfTheFootprint() {
        assertCutOffExceeded(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "99.5", "kg", STEEL)
                .excluded("catalyst", "0.5", "kg", factor("20", "kg CO2e / kg"))
                .build()), "9.132 %", "of the footprint");
    }

    @Test
    void allowsExclusionsWorthExactlyFivePercentOfTheFootprint() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.5", "kg", STEEL)
                .energy("electricity", "90.5", "kWh", factor("1", "kg CO2e / kWh"))
                .excluded("catalyst", "0.5", "kg", factor("20", "kg CO2e / kg"))
                .build());

        assertThat(footprint.totalKgCo2e()).isEqualByComparingTo("190");
        assertThat(footprint.excluded().estimatedKgCo2e()).isEqualByComparingTo("10");
    }

    @Test
    void weighsOnlyMaterialInputsNotEnergyOrPiecesInTheMassBase() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.2", "kg", STEEL)
                .rawMaterial("electric motor", "1", "piece", factor("30", "kg CO2e / piece"))
                .energy("water", "2", "t", factor("0.5", "kg CO2e / t"))
                .excluded("label", "0.8", "kg", null)
                .build());

        assertThat(footprint.excluded().massSharePercent()).isEqualByComparingTo("0.8");
    }

    @Test
    void weighsAnExcludedLiquidByItsDensity() {
        Footprint footprint = calculator.calculate(aStudy()
                .rawMaterial("steel", "99.2", "kg", STEEL)
                .with(item(RAW_MATERIAL_ACQUISITION, "cutting emulsion", "1", "L")
                        .density(Density.kgPerCubicMetre("800")).excluded(false))
                .build());

        assertThat(footprint.excluded().massSharePercent()).isEqualByComparingTo("0.8");
    }

    @Test
    void refusesToExcludeALineWhoseMassCannotBeKnown() {
        assertThatThrownBy(() -> calculator.calculate(aStudy()
                .rawMaterial("steel", "100", "kg", STEEL)
                .with(item(PRODUCTION, "compressed air", "3", "kWh").excluded(false))
                .build()))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_CUT_OFF))
                .hasMessageContaining("'compressed air'")
                .hasMessageContaining("3 kWh");
    }

    @Test
    void honoursACustomThresholdForEachLine() {
        Footprint looser = calculator.calculate(aStudy()
                .cutOff(CutOffRule.of(BigDecimal.valueOf(2), null, null))
                .rawMaterial("steel", "98.5", "kg", STEEL)
                .excluded("packaging film", "1.5", "kg", null)
                .build());
        assertThat(looser.excluded().massSharePercent()).isEqualByComparingTo("1.5");

        assertCutOffExceeded(() -> calculator.calculate(aStudy()
                .cutOff(CutOffRule.of(new BigDecimal("0.4"), null, null))
                .rawMaterial("steel", "99.5", "kg", STEEL)
                .excluded("label", "0.5", "kg", null)
                .build()), "0.5 %", "0.4 %");
    }

    @Test
    void takesTheStandardThresholdsACustomRuleLeavesOpen() {
        CutOffRule rule = CutOffRule.of(null, new BigDecimal("0.05"), null);

        assertThat(rule.massPercent()).isEqualByComparingTo("1");
        assertThat(rule.rareMassPercent()).isEqualByComparingTo("0.05");
        assertThat(rule.totalPercent()).isEqualByComparingTo("5");
    }

    @Test
    void refusesThresholdsOutsideZeroToAHundredPercent() {
        assertInvalidCutOff(() -> new CutOffRule(new BigDecimal("-0.1"), BigDecimal.ZERO, BigDecimal.ONE));
        assertInvalidCutOff(() -> CutOffRule.of(null, new BigDecimal("-1"), null));
        assertInvalidCutOff(() -> CutOffRule.of(null, null, new BigDecimal("100.01")));
        assertThat(CutOffRule.of(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(100)).totalPercent())
                .isEqualByComparingTo("100");
    }

    private static void assertCutOffExceeded(ThrowingCallable calculation, String... messageParts) {
        assertThatThrownBy(calculation)
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.CUT_OFF_EXCEEDED))
                .hasMessageContainingAll(messageParts);
    }

    private static void assertInvalidCutOff(ThrowingCallable construction) {
        assertThatThrownBy(construction)
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.INVALID_CUT_OFF));
    }
}
