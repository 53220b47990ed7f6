package dev.tanji.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.junit.jupiter.api.Test;

class PlainListExecutionTest {

    private static final String SDL = """
            type Query { runs: [Run!]! }
            type Run { id: ID! name: String year: Int! stage: Stage total: Float stages: [StageResult!]! note: String
                      parts: [StageResult!]! }
            type StageResult { stage: Stage! share: Int! label: String! }
            enum Stage { PRODUCTION USE }
            """;

    public enum Stage { PRODUCTION, USE }

    public record StageResult(Stage stage, @Description("percent") int share, String label) {
    }

    /** {@code total} is a double, which the plain reading leaves to graphql-java. */
    public record Run(@Id String id, String name, int year, Stage stage, double total, List<StageResult> stages) {
    }

    private static final List<Run> RUNS = List.of(
            new Run("r1", "Valve actuator", 2022, Stage.PRODUCTION, 1.5,
                    List.of(new StageResult(Stage.PRODUCTION, 60, "a"), new StageResult(Stage.USE, 40, "b"))),
            new Run("r2", null, 2023, null, 2.5, List.of()));

    @Test
    void answersAsGraphqlJavaDoesWithAliasesFragmentsDirectivesAndTypeNames() {
        for (String query : List.of(
                "{ runs { id name year stage total stages { stage share label } } }",
                "{ runs { __typename i: id ...R stages { __typename s: stage share @skip(if: true) ...S } note } }"
                        + " fragment R on Run { name year @include(if: false) } fragment S on StageResult { label }",
                "query($on: Boolean!) { runs { stages { share @include(if: $on) label } } }",
                "{ runs { stages { label } stages { stage } } }")) {
            assertThat(execute(plain(), query, RUNS).toSpecification()).as(query)
                    .isEqualTo(execute(standard(), query, RUNS).toSpecification());
        }
    }

    @Test
    void readsPlainFieldsWithoutFetchingThem() {
        AtomicInteger fetches = new AtomicInteger();
        execute(plain(), "{ runs { id name stages { stage share label } note } }", RUNS, fetches);

        assertThat(fetches).as("the list of runs, and each run's stages and note").hasValue(5);
    }

    @Test
    void aNullInANonNullFieldIsReportedAsGraphqlJavaReportsIt() {
        List<Run> runs = new ArrayList<>(RUNS);
        runs.add(new Run(null, "no id", 2024, Stage.USE, 0, List.of(new StageResult(null, 1, "no stage"))));
        String query = "{ runs { id name stages { stage label } } }";

        ExecutionResult plain = execute(plain(), query, runs);

        assertThat(plain.getErrors()).isNotEmpty();
        assertThat(plain.toSpecification()).isEqualTo(execute(standard(), query, runs).toSpecification());
    }

    @Test
    void completesPreloadedValuesWithoutFetchingThem() {
        String query = "{ runs { id parts { stage share } } }";
        AtomicInteger fetches = new AtomicInteger();

        ExecutionResult plain = execute(plain(), query, RUNS, fetches, RUNS);

        assertThat(plain.toSpecification()).isEqualTo(execute(standard(), query, RUNS).toSpecification());
        assertThat(fetches).as("the list of runs only").hasValue(1);
    }

    @Test
    void fetchesWhatWasNotPreloaded() {
        String query = "{ runs { id parts { stage share } } }";
        AtomicInteger fetches = new AtomicInteger();

        ExecutionResult plain = execute(plain(), query, RUNS, fetches, RUNS.subList(0, 1));

        assertThat(plain.toSpecification()).isEqualTo(execute(standard(), query, RUNS).toSpecification());
        assertThat(fetches).as("the list of runs, then the second run's id and parts").hasValue(3);
    }

    @Test
    void onlyAStrategyThatCompletesPreloadedValuesAcceptsThem() {
        assertThat(acceptsPreloadedValues(plain())).isTrue();
        assertThat(acceptsPreloadedValues(standard())).isFalse();
    }

    private static boolean acceptsPreloadedValues(ExecutionStrategy strategy) {
        AtomicBoolean accepted = new AtomicBoolean();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("runs", env -> {
                    accepted.set(PreloadedFields.accepted(env.getGraphQlContext()));
                    return List.of();
                })).build());
        GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy).build().execute("{ runs { id } }");
        return accepted.get();
    }

    private static ExecutionStrategy plain() {
        return new PlainListExecution(new SimpleDataFetcherExceptionHandler());
    }

    private static ExecutionStrategy standard() {
        return new graphql.execution.AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler());
    }

    private static ExecutionResult execute(ExecutionStrategy strategy, String query, List<Run> runs) {
        return execute(strategy, query, runs, new AtomicInteger());
    }

    private static ExecutionResult execute(ExecutionStrategy strategy, String query, List<Run> runs,
            AtomicInteger fetches) {
        return execute(strategy, query, runs, fetches, List.of());
    }

    /**
     * Executes {@code query} over {@code runs}; the list's data fetcher preloads the {@code parts} of the runs of
     * {@code preloaded} (each run's stages, as the field's own data fetcher reads them) when the strategy accepts.
     */
    private static ExecutionResult execute(ExecutionStrategy strategy, String query, List<Run> runs,
            AtomicInteger fetches, List<Run> preloaded) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", type -> type.dataFetcher("runs", env -> {
                            if (PreloadedFields.accepted(env.getGraphQlContext())) {
                                PreloadedFields.put(env.getGraphQlContext(), "Run", "parts", preloaded,
                                        preloaded.stream().map(Run::stages).toList());
                            }
                            return runs;
                        }))
                        .type("Run", type -> type
                                .dataFetcher("note", env -> "note of " + env.<Run>getSource().id())
                                .dataFetcher("parts", env -> env.<Run>getSource().stages()))
                        .build());
        return GraphQL.newGraphQL(schema).queryExecutionStrategy(strategy)
                .instrumentation(new SimplePerformantInstrumentation() {
                    @Override
                    public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters p,
                            InstrumentationState state) {
                        fetches.incrementAndGet();
                        return null;
                    }
                })
                .build()
                .execute(ExecutionInput.newExecutionInput(query).variables(Map.of("on", true)).build());
    }
}
