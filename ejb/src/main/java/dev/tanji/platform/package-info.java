/**
 * What every feature leans on: the schema migration at start-up, the domain error type with its stable codes, the
 * demo data loaded into a fresh embedded database, and keyset paging of lists ({@code paging}).
 */
package dev.tanji.platform;
