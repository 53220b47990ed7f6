/**
 * The {@code /graphql} HTTP endpoint: SmallRye GraphQL executes, this package reads the request within the size limit,
 * applies the parser limits, and gives every error raised before a resolver runs (a body that is too large or no
 * GraphQL request, a syntax error, a validation error, a query too deep, too complex or too long) a stable
 * {@code extensions.code} and a message that names the problem. Errors from resolvers carry their own codes.
 */
package dev.tanji.web.endpoint;
