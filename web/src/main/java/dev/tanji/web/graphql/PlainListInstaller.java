package dev.tanji.web.graphql;

import graphql.GraphQL;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;

/**
 * Has SmallRye GraphQL execute queries with {@link PlainListExecution}, and its exception handler, when
 * {@value #ENABLED} is true (microprofile-config.properties). Mutations keep graphql-java's serial strategy.
 */
public final class PlainListInstaller implements EventingService {

    static final String ENABLED = "tanji.graphql.plain-lists.enabled";

    @Override
    public String getConfigKey() {
        return ENABLED;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return builder.queryExecutionStrategy(new PlainListExecution(new ExceptionHandler()));
    }
}
