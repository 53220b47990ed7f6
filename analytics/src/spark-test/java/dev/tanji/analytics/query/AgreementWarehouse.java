package dev.tanji.analytics.query;

import dev.tanji.analytics.warehouse.ParquetWarehouse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A warehouse of {@link AgreementRuns} written by a JVM of its own on the module's runtime classpath, as the server
 * writes it: its parquet-java and hadoop-common, not the ones Spark brings to the reading JVM. Maven's spark profile
 * names that classpath in the system properties {@code tanji.writer.classpath} (the module's classes) and
 * {@code tanji.writer.classpath.file} (a file listing its runtime dependencies).
 */
final class AgreementWarehouse {

    private AgreementWarehouse() {
    }

    /** In the writing JVM: exports the runs into the warehouse at {@code args[0]}. */
    public static void main(String[] args) {
        new ParquetWarehouse(Path.of(args[0])).export(new AgreementRuns().all());
    }

    /** Exports the runs into a warehouse at {@code root} from a new JVM, and waits for it. */
    static void writeInOwnJvm(Path root) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Process writer = new ProcessBuilder(java, "-Xmx256m", "-cp", writerClasspath(),
                    AgreementWarehouse.class.getName(), root.toString())
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
