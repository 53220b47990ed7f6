package dev.tanji.analytics.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code tanji-warehouse}: queries over a Parquet warehouse from the command line, and exports to it from the store.
 * Exit code 0 on success, 1 when a query or an export fails (its code and message on standard error), 2 for a
 * command line that does not parse.
 */
@Command(name = "tanji-warehouse", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        description = "Queries over the Tanji Parquet warehouse of calculation runs; export from the store to it.",
        subcommands = {
            FacilitiesCommand.class,
            TrendCommand.class,
            FactorSetsCommand.class,
            BenchmarkCommand.class,
            ExportCommand.class
        })
public final class WarehouseCli implements Runnable {

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WarehouseCli()).execute(args));
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name a subcommand");
    }
}
