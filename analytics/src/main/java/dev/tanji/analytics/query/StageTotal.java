package dev.tanji.analytics.query;

import java.math.BigDecimal;

/** The kg CO2e of one life-cycle stage of a run, summed over its lines. */
public record StageTotal(String stage, BigDecimal kgCo2e, long lineCount) {
}
