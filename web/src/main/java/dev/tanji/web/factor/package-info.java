/** GraphQL types, queries and mutations for emission-factor sets and their factors. */
package dev.tanji.web.factor;
