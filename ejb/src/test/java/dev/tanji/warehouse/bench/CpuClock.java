package dev.tanji.warehouse.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU seconds used so far by this JVM and by the PostgreSQL server on this machine (its postmaster and every
 * backend, living or ended; all databases, so other work on the same server counts too). The server's share is
 * unknown (NaN) if its {@code postmaster.pid} cannot be read.
 */
final class CpuClock {

    private static final double TICKS_PER_SECOND = 100;

    private final long postmaster;

    private CpuClock(long postmaster) {
        this.postmaster = postmaster;
    }

    /** {@code dataDirectory}: the server's, as {@code SHOW data_directory} gives it. */
    static CpuClock of(String dataDirectory) {
        try {
            return new CpuClock(Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0)
                    .strip()));
        } catch (IOException | RuntimeException e) {
            return new CpuClock(-1);
        }
    }

    Reading now() {
        return new Reading(jvmSeconds(), postgresSeconds());
    }

    record Reading(double jvm, double postgres) {

        Reading since(Reading start) {
            return new Reading(jvm - start.jvm, postgres - start.postgres);
        }
    }

    private static double jvmSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private double postgresSeconds() {
        if (postmaster < 0) {
            return Double.NaN;
        }
        long[] own = stat(postmaster);
        if (own == null) {
            return Double.NaN;
        }
        long ticks = own[1] + own[2] + own[3] + own[4];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                long[] child = stat(Long.parseLong(process.getFileName().toString()));
                if (child != null && child[0] == postmaster) {
                    ticks += child[1] + child[2];
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** Parent pid, utime, stime, cutime, cstime of a process; null if it is gone. */
    private static long[] stat(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
