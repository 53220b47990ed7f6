package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.analytics.warehouse.RunBuilder;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Each case twice: worked out from the line items, and read from {@code annual_changes} once it is up to date. */
class AnnualTrendQueryTest {

    enum Answered {
        FROM_LINE_ITEMS {
            @Override
            WarehouseQueries queries(Path root, RunRecord... runs) {
                WarehouseQueries queries = Exported.queries(root, runs);
                assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isFalse();
                return queries;
            }
        },
        FROM_ANNUAL_CHANGES {
            @Override
            WarehouseQueries queries(Path root, RunRecord... runs) {
                WarehouseQueries queries = Exported.keepingAnnualChanges(root, runs);
                assertThat(new WarehouseLayout(root).annualChangesUpToDate()).isTrue();
                return queries;
            }
        };

        abstract WarehouseQueries queries(Path root, RunRecord... runs);
    }

    @TempDir
    Path root;

    private WarehouseQueries queries;

    /**
     * 2022 under AR5: grey iron 20 kg at 2.0 kg CO2e/kg, electricity 100 kWh at 0.5, lorry transport 10 t*km at 0.1,
     * a refrigerant leak of 0.01 kg that is 13.0 kg CO2e under AR5 and 15.3 under AR6.
     */
    private final RunRecord housing2022 = aRun().in(2022).under("ecoinvent", "3.8", "AR5")
            .calculatedAt("2023-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20", "kg", "40.0", 2019, gwp("40.0", "40.0"))
            .line("PRODUCTION", "electricity, grid", "100", "kWh", "50.0", 2019, gwp("50.0", "50.0"))
            .line("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t", "10", "t*km", "1.0", 2019, gwp("1.0", "1.0"))
            .line("DIRECT_EMISSIONS", "refrigerant R-134a", "0.01", "kg", "13.0", null, gwp("13.0", "15.3"))
            .build();

    /**
     * 2023 under AR6: 22 kg of grey iron (more activity, same factor), electricity at a 2021 factor of 0.45 (44.8
     * under AR5), the same leak, compressed air new (2.5, 2.4 under AR5), no more lorry transport.
     */
    private final RunRecord housing2023 = aRun().in(2023).under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2024-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "22", "kg", "44.0", 2019, gwp("44.0", "44.0"))
            .line("PRODUCTION", "electricity, grid", "100", "kWh", "45.0", 2021, gwp("44.8", "45.0"))
            .line("DIRECT_EMISSIONS", "refrigerant R-134a", "0.01", "kg", "15.3", null, gwp("13.0", "15.3"))
            .line("PRODUCTION", "compressed air", "5", "m3", "2.5", 2021, gwp("2.4", "2.5"))
            .build();

    private final RunRecord housing2023Superseded = aRun().in(2023).under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2024-01-15T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "30", "kg", "60.0", 2019, gwp("60.0", "60.0"))
            .build();

    @AfterEach
    void closeQueries() {
        queries.close();
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void splitsAChangeIntoActivityFactorAndGwpEffectsThatAddUpToIt(Answered answered) {
        queries = answered.queries(root, housing2022, housing2023Superseded, housing2023);

        List<AnnualChange> trend = queries.annualTrend(TrendCriteria.ofCompany(housing2023.companyId()));

        assertThat(trend).containsExactly(new AnnualChange(
                housing2023.companyId(), housing2023.productId(), "grey iron pump housing",
                housing2023.facilityId(), "Shenyang foundry", 2023, 2022, housing2023.runId(), housing2022.runId(),
                kg("106.8"), kg("104.0"), kg("2.8"),
                // grey iron (22 - 20) * 2.0 = 4.0, compressed air new 2.4 (under AR5), lorry gone -1.0
                kg("5.4"),
                // electricity 44.8 (under AR5) - 100 * 0.5
                kg("-5.2"),
                // electricity 45.0 - 44.8, leak 15.3 - 13.0, compressed air 2.5 - 2.4
                kg("2.6"), true,
                "ecoinvent", "3.8", "ecoinvent", "3.10", "AR5", "AR6", 2019, 2019, 2019, 2021));
        AnnualChange change = trend.get(0);
        assertThat(change.activityEffectKgCo2e().add(change.factorEffectKgCo2e()).add(change.gwpEffectKgCo2e()))
                .isEqualTo(change.changeKgCo2e());
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void effectsAddUpExactlyWhenTheAmountAtThePreviousFactorIsRounded(Answered answered) {
        RunRecord before = aRun().in(2022).line("PRODUCTION", "electricity, grid", "3", "kWh", "1.000001").build();
        RunRecord after = aRun().in(2023).line("PRODUCTION", "electricity, grid", "7", "kWh", "2.000003").build();
        queries = answered.queries(root, before, after);

        AnnualChange change = queries.annualTrend(TrendCriteria.ofCompany(null)).get(0);

        // 7 * 1.000001 / 3 = 2.33333566..., rounded to 2.333336
        assertThat(change.activityEffectKgCo2e()).isEqualTo(kg("1.333335"));
        assertThat(change.factorEffectKgCo2e()).isEqualTo(kg("-0.333333"));
        assertThat(change.gwpEffectKgCo2e()).isEqualTo(kg("0"));
        assertThat(change.activityEffectKgCo2e().add(change.factorEffectKgCo2e()).add(change.gwpEffectKgCo2e()))
                .isEqualTo(change.changeKgCo2e()).isEqualTo(kg("1.000002"));
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void aLineWithNoFigureUnderThePreviousGwpSetCountsAsItIsAndTheGwpEffectIsOfTheOtherLines(Answered answered) {
        RunRecord after = aRun().in(2023).under("ecoinvent", "3.10", "AR6")
                .line("RAW_MATERIAL_ACQUISITION", "grey iron", "22", "kg", "44.0", 2019, gwp("44.0", "44.0"))
                .line("DIRECT_EMISSIONS", "refrigerant R-1234yf", "0.01", "kg", "0.01", null, Map.of("AR6", "0.01"))
                .build();
        queries = answered.queries(root, housing2022, after);

        AnnualChange change = queries.annualTrend(TrendCriteria.ofCompany(null)).get(0);

        // grey iron: 44.0 under AR6 and AR5 alike; the refrigerant has no AR5 figure
        assertThat(change.gwpEffectKgCo2e()).isEqualTo(kg("0"));
        assertThat(change.gwpEffectComplete()).isFalse();
        // grey iron 4.0, new refrigerant as it is 0.01, lorry -1.0, R-134a gone -13.0, electricity gone -50.0
        assertThat(change.activityEffectKgCo2e()).isEqualTo(kg("-59.99"));
        assertThat(change.factorEffectKgCo2e()).isEqualTo(kg("0"));
        assertThat(change.activityEffectKgCo2e().add(change.factorEffectKgCo2e()).add(change.gwpEffectKgCo2e()))
                .isEqualTo(change.changeKgCo2e());
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void eachYearIsComparedWithTheNearestEarlierYearThatHasARun(Answered answered) {
        RunRecord housing2020 = housing(2020, "48.0");
        RunRecord housing2024 = housing(2024, "42.0");
        RunRecord housing2025 = housing(2025, "41.0");
        queries = answered.queries(root, housing2020, housing2022, housing2024, housing2025);

        assertThat(queries.annualTrend(TrendCriteria.ofCompany(null)))
                .extracting(AnnualChange::previousYear, AnnualChange::referenceYear, AnnualChange::changeKgCo2e)
                .containsExactly(
                        tuple(2020, 2022, kg("56.0")),
                        tuple(2022, 2024, kg("-62.0")),
                        tuple(2024, 2025, kg("-1.0")));
        assertThat(queries.annualTrend(TrendCriteria.ofCompany(null).between(2024, 2024)))
                .extracting(AnnualChange::previousYear, AnnualChange::referenceYear)
                .containsExactly(tuple(2022, 2024));
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void aCompanySeesOnlyItsOwnProductsAndCanPickOne(Answered answered) {
        RunRecord pump2022 = aRun().of("Borealis Pumps", "ductile pump housing").in(2022)
                .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "44.0").build();
        RunRecord pump2023 = aRun().of("Borealis Pumps", "ductile pump housing").in(2023)
                .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "42.0").build();
        RunRecord impeller2022 = aRun().of("Acme Castings", "bronze impeller").in(2022)
                .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.4").build();
        RunRecord impeller2023 = aRun().of("Acme Castings", "bronze impeller").in(2023)
                .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.0").build();
        queries = answered.queries(root, housing2022, housing2023, pump2022, pump2023, impeller2022, impeller2023);

        assertThat(queries.annualTrend(TrendCriteria.ofCompany(null))).extracting(AnnualChange::product)
                .containsExactly("bronze impeller", "ductile pump housing", "grey iron pump housing");
        assertThat(queries.annualTrend(TrendCriteria.ofCompany(pump2023.companyId())))
                .extracting(AnnualChange::product, AnnualChange::changeKgCo2e)
                .containsExactly(tuple("ductile pump housing", kg("-2.0")));
        assertThat(queries.annualTrend(TrendCriteria.ofCompany(housing2023.companyId())
                .forProduct(impeller2023.productId())))
                .extracting(AnnualChange::product, AnnualChange::activityEffectKgCo2e, AnnualChange::factorEffectKgCo2e)
                .containsExactly(tuple("bronze impeller", kg("0"), kg("-0.4")));
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void runsWithoutGwpSetOrFactorSetVersionStillHaveTheirChange(Answered answered) {
        RunRecord before = aRun().in(2022).under("plant data", null, null)
                .line("PRODUCTION", "electricity, grid", "100", "kWh", "50.0").build();
        RunRecord after = aRun().in(2023).under("plant data", null, null)
                .line("PRODUCTION", "electricity, grid", "90", "kWh", "45.0").build();
        RunRecord other2022 = aRun().of("Borealis Pumps", "ductile pump housing").in(2022)
                .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "44.0").build();
        RunRecord other2023 = aRun().of("Borealis Pumps", "ductile pump housing").in(2023)
                .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "42.0").build();
        queries = answered.queries(root, before, after, other2022, other2023);

        assertThat(queries.annualTrend(TrendCriteria.ofCompany(null)))
                .extracting(AnnualChange::product, AnnualChange::factorSetVersion, AnnualChange::gwpSet,
                        AnnualChange::previousGwpSet, AnnualChange::changeKgCo2e, AnnualChange::activityEffectKgCo2e)
                .containsExactly(
                        tuple("ductile pump housing", "3.10", "AR6", "AR6", kg("-2.0"), kg("0")),
                        tuple("grey iron pump housing", null, null, null, kg("-5.0"), kg("-5.0")));
    }

    @ParameterizedTest
    @EnumSource(Answered.class)
    void aSingleYearHasNoTrend(Answered answered) {
        queries = answered.queries(root, housing2023);

        assertThat(queries.annualTrend(TrendCriteria.ofCompany(null))).isEmpty();
    }

    private static RunRecord housing(int year, String kgCo2e) {
        RunBuilder run = aRun().in(year).under("ecoinvent", "3.10", "AR5");
        return run.line("RAW_MATERIAL_ACQUISITION", "grey iron", "20", "kg", kgCo2e).build();
    }

    private static Map<String, String> gwp(String ar5, String ar6) {
        return Map.of("AR5", ar5, "AR6", ar6);
    }

    /** kg CO2e as the warehouse gives it, to six places. */
    private static BigDecimal kg(String value) {
        return new BigDecimal(value).setScale(6);
    }
}
