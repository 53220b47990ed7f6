package dev.tanji.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.it.support.GraphQl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reference GraphQL implementation, graphql-js, builds a client schema from the server's introspection, finds it
 * valid, and validates every {@code graphql} block of the README against it: the schema is standard GraphQL and the
 * README's queries work. The Node project is ear/src/test/graphql-js; the build installs it with {@code npm ci}.
 */
class ReadmeQueriesIT {

    private static final Pattern CHECKED = Pattern.compile("(\\d+) quer(?:y|ies) checked");

    private final GraphQl graphQl = new GraphQl();

    @Test
    void graphqlJsFindsTheSchemaValidAndEveryReadmeQueryValidAgainstIt() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("tanji.graphql-js.dir", "target/graphql-js"), "validate-readme.mjs");
        Path readme = Path.of(System.getProperty("tanji.readme", "../README.md"));
        ProcessBuilder command = new ProcessBuilder("node", script.toString(), graphQl.endpoint().toString(),
                readme.toString()).redirectErrorStream(true);
        command.environment().put("TANJI_AUTHORIZATION", graphQl.authorization());
        Process node = command.start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(node.waitFor(2, TimeUnit.MINUTES)).as("node finished").isTrue();
        assertThat(node.exitValue()).as("exit code of node validate-readme.mjs; it said:%n%s", output).isZero();
        Matcher checked = CHECKED.matcher(output);
        assertThat(checked.find()).as("a count of queries checked in:%n%s", output).isTrue();
        assertThat(Integer.parseInt(checked.group(1))).as("queries checked").isPositive();
    }
}
