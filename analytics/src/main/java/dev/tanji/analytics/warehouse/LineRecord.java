package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One inventory line of a run: an amount of an item in a life-cycle stage, the factor applied to it, and the
 * resulting kg CO2e, also as it would be under each GWP set, so that a change of GWP set can be told apart from a
 * change of activity data or factor.
 *
 * @param amountInFactorUnit the amount converted to the factor's unit (after allocation), which the factor
 *        multiplies; {@code kgCo2e / amountInFactorUnit} is the factor applied
 * @param factorId the factor applied; null for a line measured directly as a gas
 * @param factorYear the year the factor represents (its vintage); null if it names none
 * @param gas the one gas the line emits ({@code CO2E} for a factor given in CO2e only), or {@code MIXED}
 * @param kgCo2eByGwpSet kg CO2e under {@code AR4}, {@code AR5} and {@code AR6}; a set left out has no GWP for one of
 *        the line's gases. Kept as a {@link KgByGwpSet}
 */
public record LineRecord(
        int lineNo,
        String stage,
        String item,
        BigDecimal amount,
        String unit,
        BigDecimal amountInFactorUnit,
        String factorUnit,
        UUID factorId,
        String factorName,
        String factorSet,
        String factorSetVersion,
        Integer factorYear,
        String gas,
        BigDecimal kgCo2e,
        Map<String, BigDecimal> kgCo2eByGwpSet) {

    /** The GWP sets a line's kg CO2e is given under, each a column {@code kg_co2e_<set>}. */
    public static final List<String> GWP_SETS = List.of("AR4", "AR5", "AR6");

    public LineRecord {
        Objects.requireNonNull(stage, "stage");
        WarehouseStages.requireKnown(stage);
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(amountInFactorUnit, "amountInFactorUnit");
        Objects.requireNonNull(factorUnit, "factorUnit");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(kgCo2e, "kgCo2e");
        kgCo2eByGwpSet = KgByGwpSet.copyOf(kgCo2eByGwpSet);
    }

    /** The line's kg CO2e under {@code GWP_SETS.get(set)}, null if that set has no GWP for one of its gases. */
    public BigDecimal kgCo2eUnder(int set) {
        return ((KgByGwpSet) kgCo2eByGwpSet).at(set);
    }
}
