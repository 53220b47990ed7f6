package dev.tanji.footprint.infrastructure;

import java.math.BigDecimal;
import java.util.UUID;

/** A row of {@link RunEntity#STAGES_OF_RUNS}: one stage result of a run. */
public record RunStageRow(UUID runId, String stage, BigDecimal kgCo2e, BigDecimal sharePercent) {
}
