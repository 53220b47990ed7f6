package dev.tanji.study.application;

/** Which life cycle stages a study covers (ISO 14067:2018 6.3.4; PAS 2050:2011 6). */
public enum SystemBoundary {
    /** Raw material acquisition to the factory gate: a partial CFP, reported per declared unit. */
    CRADLE_TO_GATE,
    /** The whole life cycle, use and end of life included. */
    CRADLE_TO_GRAVE,
    /** One process or site only. */
    GATE_TO_GATE
}
