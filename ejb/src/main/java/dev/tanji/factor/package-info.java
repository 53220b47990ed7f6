/** Versioned emission-factor sets (CPCD, CLCD, ecoinvent, grid factors...), each factor with its unit and source. */
package dev.tanji.factor;
