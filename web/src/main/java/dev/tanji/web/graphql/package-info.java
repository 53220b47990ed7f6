/**
 * GraphQL plumbing: the bean lookup SmallRye GraphQL needs inside an EAR, the translation of domain refusals and of
 * arguments that break their constraints into errors with a stable {@code extensions.code}, the {@code PageInfo}
 * every connection carries, and the query execution that reads plain record fields without a data fetcher each
 * ({@code PlainListExecution}).
 */
package dev.tanji.web.graphql;
