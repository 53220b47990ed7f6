/**
 * Versioned emission-factor sets (CPCD, CLCD, ecoinvent, grid factors...), each factor with its unit and source: one
 * value in a unit naming its gas ({@code t CO2e / t}) or amounts per gas in a unit without gas ({@code kg / m3}),
 * unique in its set by name, region and year. Also the IPCC GWP100 tables ({@code gwp_value}) studies characterise
 * gases with, and {@code FactorCatalog}, which hands stored factors to the calculation engine.
 */
package dev.tanji.factor;
