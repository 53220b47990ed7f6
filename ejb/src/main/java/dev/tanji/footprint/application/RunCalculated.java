package dev.tanji.footprint.application;

import java.util.UUID;

/** Fired when a run has been calculated; observers act after the transaction commits. */
public record RunCalculated(UUID runId) {
}
