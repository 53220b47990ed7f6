/**
 * GraphQL plumbing: the bean lookup SmallRye GraphQL needs inside an EAR, and the translation of domain refusals
 * into errors with a stable {@code extensions.code}.
 */
package dev.tanji.web.graphql;
