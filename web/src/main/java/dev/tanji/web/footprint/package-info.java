/** GraphQL types, queries and mutations for footprint calculation runs. */
package dev.tanji.web.footprint;
