package dev.tanji.analytics.cli;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunBuilder;
import dev.tanji.analytics.warehouse.RunRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WarehouseCliTest {

    private static final String UNIT = "1 pump housing, 20.2 kg";

    @TempDir
    Path root;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final RunRecord acme = housing("Acme Castings", "grey iron pump housing", "40").build();
    private final RunRecord acmeDalian = housing("Acme Castings", "grey iron pump housing", "50")
            .at("Dalian \"North\", plant 2").calculatedAt("2025-01-02T08:00:00Z").build();
    private final RunRecord borealis = housing("Borealis Pumps", "pump housing", "50").build();
    private final RunRecord castell = housing("Castell Guss", "Pumpengehäuse", "20").build();
    private final RunRecord dongfang = housing("Dongfang Pump", "泵壳", "60").build();
    private final RunRecord ebro = housing("Ebro Fundiciones", "carcasa de bomba", "45").build();
    private final RunRecord acme2023 = housing("Acme Castings", "grey iron pump housing", "44").in(2023).build();

    @BeforeEach
    void exportRuns() {
        new ParquetWarehouse(root).export(List.of(acme, acmeDalian, borealis, castell, dongfang, ebro, acme2023));
    }

    @Test
    void theBenchmarkNeverShowsAGroupOfFewerThanFiveCompanies() {
        int exit = run("benchmark", "--warehouse", root.toString(), "--product", acme.productId().toString(),
                "--year", "2024", "--minimum-companies", "2");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--minimum-companies must be at least 5");
    }

    @Test
    void benchmarkPrintsAnAlignedTable() {
        int exitCode = run("benchmark", "--warehouse", root.toString(), "--product", acme.productId().toString(),
                "--year", "2024");

        assertThat(exitCode).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly(
                "category       functional_unit          reference_year  company_count  product_count  product_kg_co2e"
                        + "  percent_rank  quartile1_kg_co2e  median_kg_co2e  quartile3_kg_co2e",
                "pump housings  1 pump housing, 20.2 kg            2024              5              5        40.000000"
                        + "      0.250000          40.000000       45.000000          50.000000");
    }

    @Test
    void benchmarkPrintsCsv() {
        int exitCode = run("benchmark", "--warehouse", root.toString(), "--product", acme.productId().toString(),
                "--year", "2024", "--format", "csv");

        assertThat(exitCode).isZero();
        assertThat(out.toString()).isEqualTo(
                "category,functional_unit,reference_year,company_count,product_count,product_kg_co2e,percent_rank,"
                        + "quartile1_kg_co2e,median_kg_co2e,quartile3_kg_co2e\r\n"
                        + "pump housings,\"1 pump housing, 20.2 kg\",2024,5,5,40.000000,0.250000,40.000000,45.000000,"
                        + "50.000000\r\n");
    }

    @Test
    void aRefusedBenchmarkExitsWithOneAndItsCodeOnStandardError() {
        int exitCode = run("benchmark", "--warehouse", root.toString(), "--product", acme.productId().toString(),
                "--year", "2024", "--minimum-companies", "6");

        assertThat(exitCode).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("BENCHMARK_GROUP_TOO_SMALL: A benchmark needs products of at least 6"
                + " companies");
    }

    @Test
    void csvQuotesNamesWithQuotesAndCommasAndIncludesIds() {
        int exitCode = run("facilities", "--warehouse", root.toString(), "--format", "CSV", "--year", "2024",
                "--product", acme.productId().toString());

        assertThat(exitCode).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("company_id,product_id,product,category,functional_unit,facility_id,");
        assertThat(lines.get(2)).contains(",\"Dalian \"\"North\"\", plant 2\",2024,")
                .contains(acmeDalian.runId().toString())
                .endsWith(",50.000000,2,25.000000");
    }

    @Test
    void theAlignedTableLeavesIdsOut() {
        run("facilities", "--warehouse", root.toString(), "--year", "2024", "--category", "PUMP HOUSINGS",
                "--company", acme.companyId().toString());

        assertThat(out.toString()).doesNotContain(acme.runId().toString(), acme.productId().toString());
        assertThat(out.toString().lines()).hasSize(3);
    }

    @Test
    void trendAndFactorSetsAnswerToo() {
        assertThat(run("trend", "--warehouse", root.toString(), "--from", "2024")).isZero();
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(out.toString().lines().skip(1).findFirst().orElseThrow())
                .contains("grey iron pump housing", "44.000000", "40.000000", "-4.000000");

        assertThat(run("factor-sets", "--warehouse", root.toString(), "--set-a", acme.factorSetId().toString(),
                "--set-b", "6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f", "--lines", "--format", "csv")).isZero();
        assertThat(out.toString()).endsWith(
                "study_id,line_no,stage,item,factor_a,factor_b,kg_co2e_a,kg_co2e_b,delta_kg_co2e\r\n");
    }

    @Test
    void criteriaThatContradictThemselvesExitWithOne() {
        int exitCode = run("trend", "--warehouse", root.toString(), "--from", "2024", "--to", "2023");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("INVALID_INPUT: The first year (2024) is after the last (2023)"
                + System.lineSeparator());
    }

    @Test
    void aCommandLineThatDoesNotParseExitsWithTwo() {
        String warehouse = root.toString();
        String product = acme.productId().toString();

        assertThat(run()).isEqualTo(2);
        assertThat(run("benchmark", "--product", product, "--year", "2024")).isEqualTo(2);
        assertThat(run("benchmark", "--warehouse", warehouse, "--product", "pump", "--year", "2024")).isEqualTo(2);
        assertThat(run("facilities", "--warehouse", warehouse, "--year", "2024", "--product", product,
                "--category", "pumps")).isEqualTo(2);
        assertThat(run("facilities", "--warehouse", warehouse, "--year", "2024", "--category", "pumps",
                "--format", "xml")).isEqualTo(2);
        assertThat(run("benchmark", "--warehouse", root.resolve("missing").toString(), "--product", product,
                "--year", "2024")).isEqualTo(2);
        assertThat(err.toString()).contains("No warehouse directory at");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void everySubcommandHasHelp() {
        for (String subcommand : List.of("facilities", "trend", "factor-sets", "benchmark")) {
            assertThat(run(subcommand, "--help")).isZero();
        }
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--warehouse=<dir>", "--minimum-companies=<n>", "--set-a=<uuid>",
                "Commands:", "facilities", "trend", "factor-sets", "benchmark");
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new WarehouseCli());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static RunBuilder housing(String company, String product, String kgCo2e) {
        return aRun().of(company, product).at(company + " works").in(2024).category("pump housings", UNIT)
                .line("RAW_MATERIAL_ACQUISITION", "iron", "20", "kg", kgCo2e);
    }
}
