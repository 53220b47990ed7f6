package dev.tanji.study.application;

/** The IPCC assessment report whose 100-year global warming potentials characterise a study's gases. */
public enum GwpSet {
    AR4, AR5, AR6
}
