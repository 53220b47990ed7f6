/**
 * Companies, their facilities (with the grid region they draw electricity from) and their products (with the
 * functional unit every footprint is expressed per).
 */
package dev.tanji.company;
