/** GraphQL types, queries and mutations for companies, facilities and products. */
package dev.tanji.web.company;
