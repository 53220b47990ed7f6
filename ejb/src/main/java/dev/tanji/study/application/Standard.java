package dev.tanji.study.application;

/** A standard a study says it follows. */
public enum Standard {
    ISO_14067_2018,
    PAS_2050_2011,
    GB_T_24067_2024,
    GHG_PROTOCOL_PRODUCT
}
