package dev.tanji.footprint.model;

import java.util.Objects;

/**
 * The factor an inventory line uses and why, kept with the line so a reviewer sees how well it fits the facility's
 * region and the reference year (ISO 14067:2018 6.3.5).
 *
 * @param explanation one sentence for a person, e.g. "electricity: no factor for Hubei or Central China 2022 in
 *     'China grid (MEE)' 2023; took China 2021, the nearest earlier year in the wider region China"
 */
public record FactorChoice(EmissionFactor factor, SelectionRule rule, String explanation) {

    public FactorChoice {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The factor a line names itself. */
    public static FactorChoice explicit(EmissionFactor factor) {
        return new FactorChoice(factor, SelectionRule.EXPLICIT, "named by the inventory line: '" + factor.name() + "'");
    }
}
