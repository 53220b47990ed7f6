package dev.tanji.web.study;

import org.eclipse.microprofile.graphql.Enum;

/** IPCC assessment report whose GWP100 values characterise the study's gases. */
@Enum("GwpSet")
public enum GwpSetName {
    AR4, AR5, AR6
}
