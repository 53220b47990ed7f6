package dev.tanji.analytics.cli;

import dev.tanji.analytics.query.AnnualChange;
import dev.tanji.analytics.query.TrendCriteria;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code trend}: year-over-year changes and what caused them. */
@Command(name = "trend",
        description = "Each product's change at each facility from the nearest earlier year with a run, split into"
                + " activity, factor and GWP effects that add up to it.")
final class TrendCommand implements Callable<Integer> {

    @Mixin
    private QueryOptions options;

    @Option(names = "--company", paramLabel = "<uuid>", description = "Only this company's runs (default: all).")
    private UUID companyId;

    @Option(names = "--product", paramLabel = "<uuid>", description = "Only this product.")
    private UUID productId;

    @Option(names = "--from", paramLabel = "<year>", description = "First year to report, inclusive.")
    private Integer yearFrom;

    @Option(names = "--to", paramLabel = "<year>", description = "Last year to report, inclusive.")
    private Integer yearTo;

    @Override
    public Integer call() {
        return options.print(queries -> Table.of(queries.annualTrend(
                        new TrendCriteria(companyId, productId, yearFrom, yearTo)))
                .id("company_id", AnnualChange::companyId)
                .id("product_id", AnnualChange::productId)
                .column("product", AnnualChange::product)
                .id("facility_id", AnnualChange::facilityId)
                .column("facility", AnnualChange::facility)
                .column("previous_year", AnnualChange::previousYear)
                .column("reference_year", AnnualChange::referenceYear)
                .id("previous_run_id", AnnualChange::previousRunId)
                .id("run_id", AnnualChange::runId)
                .column("previous_total_kg_co2e", AnnualChange::previousTotalKgCo2e)
                .column("total_kg_co2e", AnnualChange::totalKgCo2e)
                .column("change_kg_co2e", AnnualChange::changeKgCo2e)
                .column("activity_effect_kg_co2e", AnnualChange::activityEffectKgCo2e)
                .column("factor_effect_kg_co2e", AnnualChange::factorEffectKgCo2e)
                .column("gwp_effect_kg_co2e", AnnualChange::gwpEffectKgCo2e)
                .column("gwp_effect_complete", AnnualChange::gwpEffectComplete)
                .column("previous_factor_set", AnnualChange::previousFactorSet)
                .column("previous_factor_set_version", AnnualChange::previousFactorSetVersion)
                .column("factor_set", AnnualChange::factorSet)
                .column("factor_set_version", AnnualChange::factorSetVersion)
                .column("previous_gwp_set", AnnualChange::previousGwpSet)
                .column("gwp_set", AnnualChange::gwpSet)
                .column("previous_factor_year_min", AnnualChange::previousFactorYearMin)
                .column("previous_factor_year_max", AnnualChange::previousFactorYearMax)
                .column("factor_year_min", AnnualChange::factorYearMin)
                .column("factor_year_max", AnnualChange::factorYearMax));
    }
}
