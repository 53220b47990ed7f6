/**
 * GraphQL plumbing: the bean lookup SmallRye GraphQL needs inside an EAR, the translation of domain refusals and of
 * arguments that break their constraints into errors with a stable {@code extensions.code}, and the {@code PageInfo}
 * every connection carries.
 */
package dev.tanji.web.graphql;
