package dev.tanji.analytics.cli;

import dev.tanji.analytics.query.Benchmark;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmark}: a product among comparable products of every company. */
@Command(name = "benchmark",
        description = "Where a product's footprint stands among the products of every company with its category and"
                + " functional unit that year: its percent rank and the group's quartiles, no other company shown.")
final class BenchmarkCommand implements Callable<Integer> {

    @Mixin
    private QueryOptions options;

    @Option(names = "--product", required = true, paramLabel = "<uuid>", description = "The product.")
    private UUID productId;

    @Option(names = "--year", required = true, paramLabel = "<year>", description = "The reference year.")
    private int year;

    /** Fewer companies than this, and a group's figures would tell about one of them. */
    static final int LEAST_MINIMUM_COMPANIES = 5;

    @Spec
    private CommandSpec spec;

    @Option(names = "--minimum-companies", defaultValue = "5", paramLabel = "<n>",
            description = "Fewest distinct companies a group must span to be shown: 5 (the default) or more.")
    private int minimumCompanies;

    @Override
    public Integer call() {
        if (minimumCompanies < LEAST_MINIMUM_COMPANIES) {
            throw new ParameterException(spec.commandLine(), "--minimum-companies must be at least "
                    + LEAST_MINIMUM_COMPANIES + ", so that no group shows fewer companies: " + minimumCompanies);
        }
        return options.print(queries -> Table.of(List.of(queries.benchmark(productId, year, minimumCompanies)))
                .column("category", Benchmark::category)
                .column("functional_unit", Benchmark::functionalUnit)
                .column("reference_year", Benchmark::referenceYear)
                .column("company_count", Benchmark::companyCount)
                .column("product_count", Benchmark::productCount)
                .column("product_kg_co2e", Benchmark::productKgCo2e)
                .column("percent_rank", Benchmark::percentRank)
                .column("quartile1_kg_co2e", Benchmark::quartile1KgCo2e)
                .column("median_kg_co2e", Benchmark::medianKgCo2e)
                .column("quartile3_kg_co2e", Benchmark::quartile3KgCo2e));
    }
}
