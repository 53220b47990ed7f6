/** GraphQL types, queries and mutations for studies, their inventories and study import. */
package dev.tanji.web.study;
