package dev.tanji.analytics.cli;

import dev.tanji.analytics.query.FactorSetComparison;
import dev.tanji.analytics.query.LineComparison;
import dev.tanji.analytics.query.StudyComparison;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factor-sets}: the same studies under two factor sets. */
@Command(name = "factor-sets",
        description = "Studies with runs under both factor sets, the latest run under each side by side: totals,"
                + " or with --lines each inventory line.")
final class FactorSetsCommand implements Callable<Integer> {

    @Mixin
    private QueryOptions options;

    @Option(names = "--company", paramLabel = "<uuid>", description = "Only this company's studies (default: all).")
    private UUID companyId;

    @Option(names = "--set-a", required = true, paramLabel = "<uuid>", description = "Factor set A.")
    private UUID factorSetIdA;

    @Option(names = "--set-b", required = true, paramLabel = "<uuid>", description = "Factor set B.")
    private UUID factorSetIdB;

    @Option(names = "--year", paramLabel = "<year>", description = "Only studies of this reference year.")
    private Integer year;

    @Option(names = "--lines", description = "Print each line of each study instead of the studies' totals.")
    private boolean lines;

    @Override
    public Integer call() {
        return options.print(queries -> {
            FactorSetComparison comparison = queries.factorSetComparison(companyId, factorSetIdA, factorSetIdB, year);
            return lines ? lines(comparison) : studies(comparison);
        });
    }

    private static Table<StudyComparison> studies(FactorSetComparison comparison) {
        return Table.of(comparison.studies())
                .id("study_id", StudyComparison::studyId)
                .column("study", StudyComparison::study)
                .id("product_id", StudyComparison::productId)
                .column("product", StudyComparison::product)
                .column("facility", StudyComparison::facility)
                .column("reference_year", StudyComparison::referenceYear)
                .id("run_id_a", StudyComparison::runIdA)
                .id("run_id_b", StudyComparison::runIdB)
                .column("total_kg_co2e_a", StudyComparison::totalKgCo2eA)
                .column("total_kg_co2e_b", StudyComparison::totalKgCo2eB)
                .column("delta_kg_co2e", StudyComparison::deltaKgCo2e)
                .column("delta_percent", StudyComparison::deltaPercent);
    }

    private static Table<LineComparison> lines(FactorSetComparison comparison) {
        return Table.of(comparison.lines())
                .column("study_id", LineComparison::studyId)
                .column("line_no", LineComparison::lineNo)
                .column("stage", LineComparison::stage)
                .column("item", LineComparison::item)
                .column("factor_a", LineComparison::factorA)
                .column("factor_b", LineComparison::factorB)
                .column("kg_co2e_a", LineComparison::kgCo2eA)
                .column("kg_co2e_b", LineComparison::kgCo2eB)
                .column("delta_kg_co2e", LineComparison::deltaKgCo2e);
    }
}
