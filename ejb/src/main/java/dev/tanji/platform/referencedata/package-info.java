/**
 * The reference data the product ships: GWP100 tables (IPCC AR4, AR5, AR6), China's grid electricity factors,
 * material, freight and fuel factors, and the factors of the two seed case studies, each value with its source.
 *
 * <p>The data lives in three curated CSV files under {@code reference-data/} on the classpath ({@code gwp100.csv},
 * {@code factor-sets.csv}, {@code factors.csv}); the Flyway Java migration {@link V3__Reference_data} validates and
 * loads them into {@code gwp_value}, {@code factor_set} (with no company: shared, readable by every company),
 * {@code emission_factor} and {@code emission_factor_gas}. The identifiers are deterministic (see
 * {@link ReferenceIds}), so clients may keep them across installations and databases.
 */
package dev.tanji.platform.referencedata;
