package dev.tanji.web.endpoint;

import graphql.parser.ParserOptions;
import io.smallrye.graphql.spi.config.Config;

/**
 * Makes SmallRye GraphQL's parser limits hold for queries. SmallRye reads {@code smallrye.graphql.parser.maxTokens}
 * and {@code smallrye.graphql.parser.maxWhitespaceTokens} but sets them as graphql-java's general parser defaults,
 * while graphql-java parses operations with its operation parser defaults (15,000 and 200,000), so the configured
 * values would never apply to a query. This sets them there too.
 */
final class OperationParserLimits {

    private OperationParserLimits() {
    }

    static void apply(Config config) {
        ParserOptions.setDefaultOperationParserOptions(ParserOptions.getDefaultOperationParserOptions().transform(options -> {
            config.getParserMaxTokens().ifPresent(options::maxTokens);
            config.getParserMaxWhitespaceTokens().ifPresent(options::maxWhitespaceTokens);
        }));
    }
}
