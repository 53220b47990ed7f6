package dev.tanji.it;

import static org.assertj.core.api.Assertions.fail;

import dev.tanji.it.support.GraphQl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The schema the server serves is the one committed as {@code schema.graphql}, so that every change to the API shows
 * in review. With {@code -Dschema.update=true} the test writes the served schema to the file instead.
 */
class SchemaIT {

    static final String REFRESH = "./mvnw verify -Dit.test=SchemaIT -Dschema.update=true";

    private final GraphQl graphQl = new GraphQl();
    private final Path committed = Path.of(System.getProperty("tanji.schema.file", "../schema.graphql"));

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = normalised(graphQl.schema());

        if (Boolean.getBoolean("tanji.schema.update")) {
            Files.writeString(committed, served, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(committed)) {
            fail(committed + " is missing; write it from the running server with:\n  " + REFRESH);
        }
        List<String> expected = normalised(Files.readString(committed, StandardCharsets.UTF_8)).lines().toList();
        List<String> actual = served.lines().toList();
        for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
            String committedLine = i < expected.size() ? expected.get(i) : "(end of file)";
            String servedLine = i < actual.size() ? actual.get(i) : "(end of schema)";
            if (!committedLine.equals(servedLine)) {
                fail("The server's schema differs from " + committed.getFileName() + " from line " + (i + 1)
                        + ":\n  committed: " + committedLine + "\n  served:    " + servedLine
                        + "\nIf the API change is intended, refresh the file and commit it:\n  " + REFRESH);
            }
        }
    }

    /** Line endings and trailing whitespace do not count as differences. */
    private static String normalised(String schema) {
        return schema.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip() + "\n";
    }
}
