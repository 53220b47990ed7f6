/**
 * Footprint studies: product, facility, reference year, GWP set, factor set, and the inventory by life-cycle stage,
 * including facility-level totals with the output they are allocated over.
 */
package dev.tanji.study;
