/**
 * GraphQL types, queries and mutations for emission-factor sets and their factors (single-value or per gas), and the
 * IPCC GWP100 tables ({@code gwpSets}).
 */
package dev.tanji.web.factor;
