package dev.tanji.footprint.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The carbon footprint of one functional unit, in kg CO2e, as {@link FootprintCalculator} made it. Immutable: a
 * recalculation is a new footprint.
 *
 * @param totalKgCo2e the exact sum of {@code lines} (and of {@code stages})
 * @param stages the stages present, in {@link LifeCycleStage} order
 * @param lines one result per inventory line, in inventory order
 */
public record Footprint(BigDecimal totalKgCo2e, List<StageResult> stages, List<LineResult> lines,
                        List<Warning> warnings) {

    public Footprint {
        stages = List.copyOf(stages);
        lines = List.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public Optional<StageResult> stage(LifeCycleStage stage) {
        return stages.stream().filter(result -> result.stage() == stage).findFirst();
    }

    public Optional<LineResult> line(String lineId) {
        return lines.stream().filter(result -> result.lineId().equals(lineId)).findFirst();
    }

    /** The warnings with {@code code}, in order. */
    public List<Warning> warnings(String code) {
        return warnings.stream().filter(warning -> warning.code().equals(code)).toList();
    }
}
