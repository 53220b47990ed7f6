package dev.tanji.web.study;

import org.eclipse.microprofile.graphql.Enum;

/** What a facility's period output is measured in when a total is allocated (ISO 14067:2018 6.4.6). */
@Enum("AllocationBasis")
public enum AllocationBasisName {
    UNIT_COUNT, MASS, ECONOMIC_VALUE
}
