/**
 * What every feature leans on: the schema migration at start-up, the domain error type with its stable codes, and
 * the demo data loaded into a fresh embedded database.
 */
package dev.tanji.platform;
