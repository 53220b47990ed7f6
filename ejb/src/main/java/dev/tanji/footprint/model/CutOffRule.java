package dev.tanji.footprint.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cut-off criteria a study declares (ISO 14067:2018 6.3.4.3): an input may be left out if its mass is below
 * {@code massPercent} of the material inputs' mass ({@code rareMassPercent} for rare or high-purity materials, whose
 * footprint per kg is high), and all exclusions together stay below {@code totalPercent}, by mass and, where the
 * excluded lines carry a factor, by estimated emission.
 */
public record CutOffRule(BigDecimal massPercent, BigDecimal rareMassPercent, BigDecimal totalPercent) {

    /** 1 % by mass, 0.1 % for rare or high-purity materials, 5 % in total. */
    public static final CutOffRule STANDARD =
            new CutOffRule(BigDecimal.ONE, new BigDecimal("0.1"), BigDecimal.valueOf(5));

    public CutOffRule {
        Objects.requireNonNull(massPercent, "massPercent");
        Objects.requireNonNull(rareMassPercent, "rareMassPercent");
        Objects.requireNonNull(totalPercent, "totalPercent");
        for (BigDecimal percent : new BigDecimal[] {massPercent, rareMassPercent, totalPercent}) {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new CalculationException(CalculationException.INVALID_CUT_OFF,
                        "Cut-off thresholds are percentages between 0 and 100, not " + percent);
            }
        }
    }

    /** The rule with any {@code null} threshold taken from {@link #STANDARD}. */
    public static CutOffRule of(BigDecimal massPercent, BigDecimal rareMassPercent, BigDecimal totalPercent) {
        return new CutOffRule(massPercent == null ? STANDARD.massPercent : massPercent,
                rareMassPercent == null ? STANDARD.rareMassPercent : rareMassPercent,
                totalPercent == null ? STANDARD.totalPercent : totalPercent);
    }
}
