package dev.tanji.web.study;

import org.eclipse.microprofile.graphql.Enum;

/** Which life cycle stages a study covers. */
@Enum("SystemBoundary")
public enum SystemBoundaryName {
    CRADLE_TO_GATE, CRADLE_TO_GRAVE, GATE_TO_GATE
}
