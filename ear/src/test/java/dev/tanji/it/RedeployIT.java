package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * DuckDB's native library is loaded once per server process, from the server module {@code org.duckdb.jdbc}, not
 * copied out of the application: the application can be redeployed, and warehouse queries answer before and after,
 * with still one copy of the library in the process, the module's. Read from {@code /proc/<pid>/maps}, so Linux only.
 */
class RedeployIT {

    private static final String WAREHOUSE = "{ warehouseFootprints { company totalKgCo2e } }";
    private static final Path SERVER = Path.of(System.getProperty("tanji.server.dir", "target/server"));

    private final GraphQl admin = new GraphQl();

    @Test
    void theApplicationIsRedeployedAndDuckDbStillAnswersFromTheOneLibraryOfTheServerModule() throws Exception {
        Optional<ProcessHandle> server = serverProcess();
        Assumptions.assumeTrue(server.isPresent() && Files.isDirectory(Path.of("/proc")),
                "needs the integration-test server's process and /proc");
        long pid = server.get().pid();
        admin.data(WAREHOUSE, Map.of());

        Set<String> before = duckDbLibraries(pid);
        redeploy();
        int answers = admin.data(WAREHOUSE, Map.of()).getJsonArray("warehouseFootprints").size();
        Set<String> after = duckDbLibraries(pid);

        Path module = SERVER.resolve("modules/org/duckdb/jdbc/main/lib/linux-x86_64/libduckdb_java.so")
                .toRealPath();
        assertThat(before).containsExactly(module.toString());
        assertThat(after).isEqualTo(before);
        assertThat(answers).isPositive();
    }

    /** The server started for the integration tests: jboss-modules with this run's port offset. */
    private static Optional<ProcessHandle> serverProcess() {
        String offset = "-Djboss.socket.binding.port-offset=" + System.getProperty("tanji.it.port.offset", "100");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar") && c.contains(offset))
                        .orElse(false))
                .findFirst();
    }

    /** The paths of every mapping of a DuckDB library in the process. */
    private static Set<String> duckDbLibraries(long pid) throws IOException {
        try (Stream<String> maps = Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
            return maps.filter(line -> line.contains("duckdb_java"))
                    .map(line -> line.substring(line.indexOf('/')).replace(" (deleted)", ""))
                    .collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    /**
     * Redeploys through the deployment scanner's marker file, waits for the server log to report the deployment
     * replaced, and then until the application answers again.
     */
    private void redeploy() throws Exception {
        Path log = SERVER.resolve("standalone/log/server.log");
        long replacedBefore = replacements(log);
        Files.writeString(SERVER.resolve("standalone/deployments/tanji.ear.dodeploy"), "");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (replacements(log) == replacedBefore) {
            assertThat(Instant.now()).as("redeployed within 3 minutes").isBefore(deadline);
            Thread.sleep(250);
        }
        while (admin.httpPost("{ me { username } }", Map.of()).statusCode() != 200) {
            assertThat(Instant.now()).as("answering within 3 minutes").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /** How often the server has logged a deployment replaced by a new one (WFLYSRV0016). */
    private static long replacements(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("WFLYSRV0016")).count();
        }
    }
}
