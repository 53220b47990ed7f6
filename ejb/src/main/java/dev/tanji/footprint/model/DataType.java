package dev.tanji.footprint.model;

/**
 * Where a line's activity data come from (ISO 14067:2018 6.3.5): measured at the studied facility or its suppliers
 * (primary), or taken from databases, literature or estimates (secondary).
 */
public enum DataType {
    PRIMARY,
    SECONDARY
}
