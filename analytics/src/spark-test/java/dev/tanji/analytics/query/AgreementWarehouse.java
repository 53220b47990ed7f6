package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import dev.tanji.analytics.warehouse.RunRecord;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A warehouse of {@link AgreementRuns} written by a JVM of its own on the module's runtime classpath, as the server
 * writes it: its parquet-java and hadoop-common, not the ones Spark brings to the reading JVM. Maven's spark profile
 * names that classpath in the system properties {@code tanji.writer.classpath} (the module's classes) and
 * {@code tanji.writer.classpath.file} (a file listing its runtime dependencies).
 */
final class AgreementWarehouse {

    private static final String ONE_BY_ONE = "one-by-one";

    private AgreementWarehouse() {
    }

    /**
     * In the writing JVM: exports the runs into the warehouse at {@code args[0]}, all at once, or with a second
     * argument {@code one-by-one} one run per export, as exports after single calculations write them (a year of more
     * than {@value ParquetWarehouse#FOLD_AT} runs then has small files folded by DuckDB, the rest as written). After
     * each export, {@code annual_changes} is brought up to date, as the server does: DuckDB's trend reads it.
     */
    public static void main(String[] args) {
        ParquetWarehouse warehouse = new ParquetWarehouse(Path.of(args[0]));
        List<RunRecord> runs = new AgreementRuns().all();
        if (args.length > 1 && args[1].equals(ONE_BY_ONE)) {
            runs.forEach(run -> {
                warehouse.export(List.of(run));
                warehouse.updateAnnualChanges();
            });
        } else {
            warehouse.export(runs);
            warehouse.updateAnnualChanges();
        }
    }

    /** Exports the runs into a warehouse at {@code root} from a new JVM, and waits for it. */
    static void writeInOwnJvm(Path root) {
        writeInOwnJvm(root, "all-at-once");
    }

    /** Exports the runs, one per export, into a warehouse at {@code root} from a new JVM, and waits for it. */
    static void writeOneByOneInOwnJvm(Path root) {
        writeInOwnJvm(root, ONE_BY_ONE);
    }

    private static void writeInOwnJvm(Path root, String how) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process writer = new ProcessBuilder(java, "-Xmx256m", "-cp", writerClasspath(),
                    AgreementWarehouse.class.getName(), root.toString(), how)
                    .redirectErrorStream(true)
                    .start();
            String output = new String(writer.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!writer.waitFor(2, TimeUnit.MINUTES) || writer.exitValue() != 0) {
                writer.destroyForcibly();
                throw new IllegalStateException("The warehouse writer failed:\n" + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String writerClasspath() throws IOException {
        String classes = System.getProperty("tanji.writer.classpath");
        String dependencies = System.getProperty("tanji.writer.classpath.file");
        if (classes == null || dependencies == null) {
            throw new IllegalStateException("Run with Maven's spark profile, which names the writer's classpath");
        }
        return classes + File.pathSeparator + Files.readString(Path.of(dependencies)).strip();
    }
}
