package dev.tanji.analytics.cli;

import dev.tanji.analytics.query.FacilityCriteria;
import dev.tanji.analytics.query.FacilityFootprint;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code facilities}: a product's footprint at each facility, or that of each product of a category. */
@Command(name = "facilities",
        description = "kg CO2e per functional unit of a product (or of each product of a category) by facility,"
                + " ranked from the lowest, for one reference year.")
final class FacilitiesCommand implements Callable<Integer> {

    @Mixin
    private QueryOptions options;

    @Option(names = "--company", paramLabel = "<uuid>", description = "Only this company's runs (default: all).")
    private UUID companyId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Subject subject;

    @Option(names = "--year", required = true, paramLabel = "<year>", description = "The reference year.")
    private int year;

    @Option(names = "--factor-set", paramLabel = "<uuid>", description = "Only runs under this factor set.")
    private UUID factorSetId;

    @Option(names = "--gwp-set", paramLabel = "AR4|AR5|AR6", description = "Only runs under this GWP set.")
    private String gwpSet;

    /** The product, or the category. */
    static final class Subject {

        @Option(names = "--product", paramLabel = "<uuid>", description = "The product.")
        private UUID productId;

        @Option(names = "--category", paramLabel = "<name>",
                description = "Every product of this category (any case).")
        private String category;
    }

    @Override
    public Integer call() {
        return options.print(queries -> Table.of(queries.facilities(new FacilityCriteria(
                        companyId, subject.productId, subject.category, year, factorSetId, gwpSet)))
                .id("company_id", FacilityFootprint::companyId)
                .id("product_id", FacilityFootprint::productId)
                .column("product", FacilityFootprint::product)
                .column("category", FacilityFootprint::category)
                .column("functional_unit", FacilityFootprint::functionalUnit)
                .id("facility_id", FacilityFootprint::facilityId)
                .column("facility", FacilityFootprint::facility)
                .column("reference_year", FacilityFootprint::referenceYear)
                .id("run_id", FacilityFootprint::runId)
                .column("factor_set", FacilityFootprint::factorSet)
                .column("factor_set_version", FacilityFootprint::factorSetVersion)
                .column("gwp_set", FacilityFootprint::gwpSet)
                .column("kg_co2e_per_functional_unit", FacilityFootprint::kgCo2ePerFunctionalUnit)
                .column("rank", FacilityFootprint::rank)
                .column("difference_from_lowest_percent", FacilityFootprint::differenceFromLowestPercent));
    }
}
