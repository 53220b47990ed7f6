/** GraphQL types, queries and mutations for users: who is calling, creating users, and access tokens. */
package dev.tanji.web.user;
