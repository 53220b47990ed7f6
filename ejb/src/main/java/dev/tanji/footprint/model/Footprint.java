package dev.tanji.footprint.model;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The carbon footprint of one functional unit, in kg CO2e, as {@link FootprintCalculator} made it. Immutable: a
 * recalculation is a new footprint.
 *
 * @param totalKgCo2e the exact sum of {@code lines} (and of {@code stages}, and of {@code gases})
 * @param stages the stages present, in {@link LifeCycleStage} order
 * @param lines one result per counted inventory line, in inventory order
 * @param gases the total per gas, in {@link Gas} order
 * @param origins the total split into fossil, biogenic and unspecified origin (ISO 14067:2018 7.2)
 * @param excluded the lines left out under the cut-off rule
 * @param quality the run's data quality
 */
public record Footprint(BigDecimal totalKgCo2e, List<StageResult> stages, List<LineResult> lines,
                        List<GasResult> gases, OriginSplit origins, Exclusions excluded, RunQuality quality,
                        List<Warning> warnings) {

    public Footprint {
        stages = List.copyOf(stages);
        lines = List.copyOf(lines);
        gases = List.copyOf(gases);
        warnings = List.copyOf(warnings);
    }

    /** The total split by the origin of each gas's carbon; CO2e-only factors count as unspecified. */
    public record OriginSplit(BigDecimal fossilKgCo2e, BigDecimal biogenicKgCo2e, BigDecimal unspecifiedKgCo2e) {
    }

    /**
     * @param massSharePercent the excluded lines' mass as a share of the material inputs' mass
     * @param estimatedKgCo2e what the excluded lines that name a factor would have added
     */
    public record Exclusions(List<ExcludedLine> lines, BigDecimal massSharePercent, BigDecimal estimatedKgCo2e) {

        public Exclusions {
            lines = List.copyOf(lines);
        }
    }

    /**
     * @param primaryDataSharePercent the share of the total from lines with primary activity data
     * @param rating the lines' quality ratings weighted by their contribution, 1 (best) to 5
     */
    public record RunQuality(BigDecimal primaryDataSharePercent, BigDecimal rating) {
    }

    public Optional<StageResult> stage(LifeCycleStage stage) {
        return stages.stream().filter(result -> result.stage() == stage).findFirst();
    }

    public Optional<LineResult> line(String lineId) {
        return lines.stream().filter(result -> result.lineId().equals(lineId)).findFirst();
    }

    public Optional<GasResult> gas(Gas gas) {
        return gases.stream().filter(result -> result.gas() == gas).findFirst();
    }

    /** The warnings with {@code code}, in order. */
    public List<Warning> warnings(String code) {
        return warnings.stream().filter(warning -> warning.code().equals(code)).toList();
    }
}
