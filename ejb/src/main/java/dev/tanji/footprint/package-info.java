/**
 * Footprints: the plain-Java calculation engine ({@code model}), the use cases that run it and keep each run
 * immutable ({@code application}), and their storage ({@code infrastructure}).
 */
package dev.tanji.footprint;
