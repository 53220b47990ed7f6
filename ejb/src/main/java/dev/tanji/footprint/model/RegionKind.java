package dev.tanji.footprint.model;

/** The level of a {@link Region} in the {@link RegionHierarchy}, from the widest down. */
public enum RegionKind {
    /** The whole world: the root, and what a "global" factor represents. */
    WORLD,
    /** A country (ISO 3166-1), e.g. China. */
    COUNTRY,
    /** An electricity grid region inside a country, e.g. China's North China grid (华北). */
    GRID_REGION,
    /** A province, municipality or autonomous region (ISO 3166-2), e.g. Hubei (CN-HB). */
    PROVINCE
}
