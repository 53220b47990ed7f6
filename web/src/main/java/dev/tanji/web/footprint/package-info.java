/**
 * GraphQL types, queries and mutations for footprint calculation runs, and the flat run and run-line rows BI tools
 * read.
 */
package dev.tanji.web.footprint;
