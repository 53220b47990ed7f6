package dev.tanji.footprint.model;

/**
 * The life cycle stage (or, for studies that group by process, the process group) an inventory line belongs to.
 * Results list stages in this order.
 */
public enum LifeCycleStage {
    RAW_MATERIAL_ACQUISITION,
    RAW_MATERIAL_TRANSPORT,
    PRODUCTION,
    DISTRIBUTION,
    USE,
    END_OF_LIFE,
    /** Energy and utilities consumed, for studies that group results by process rather than by stage. */
    ENERGY,
    /** On-site emissions entered directly as CO2e, for studies that group results by process. */
    DIRECT_EMISSIONS
}
