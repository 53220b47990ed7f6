package dev.tanji.web.study;

import org.eclipse.microprofile.graphql.Enum;

/** A standard a study follows. */
@Enum("Standard")
public enum StandardName {
    ISO_14067_2018, PAS_2050_2011, GB_T_24067_2024, GHG_PROTOCOL_PRODUCT
}
