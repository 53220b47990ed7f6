package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * How one product's footprint at one facility changed from the nearest earlier year with a run to this year, and
 * why: {@code activityEffect + factorEffect + gwpEffect = change}, exactly.
 *
 * <p>Each year's figure is its latest run, and its total is the sum of that run's lines (which can differ from the
 * run's stored total only by rounding). The current run's lines are first restated under the previous run's GWP
 * set; the GWP effect is what that restatement removes. Lines are then summed per stage, item and unit and compared
 * with the previous run's: for an item in both with non-zero amounts, the activity effect is the change of amount at
 * the previous factor ({@code aC * kgP / aP - kgP}, the first term rounded to 6 places) and the factor effect the
 * rest ({@code kgC' - aC * kgP / aP}); an item that came or went is all activity effect.
 *
 * @param totalKgCo2e sum of the current run's lines
 * @param previousTotalKgCo2e sum of the previous run's lines
 * @param changeKgCo2e {@code totalKgCo2e - previousTotalKgCo2e}
 * @param gwpEffectKgCo2e what restating the current run's lines under the previous GWP set removes; a line with no
 *        kg CO2e under that set is taken as it is (no GWP effect; its change goes to the activity and factor effects)
 * @param gwpEffectComplete false when such a line exists: the GWP effect is then that of the other lines only
 * @param previousFactorYearMin oldest factor vintage among the previous run's lines; null if none names one
 * @param factorYearMax newest factor vintage among the current run's lines; null if none names one
 */
public record AnnualChange(
        UUID companyId,
        UUID productId,
        String product,
        UUID facilityId,
        String facility,
        int referenceYear,
        int previousYear,
        UUID runId,
        UUID previousRunId,
        BigDecimal totalKgCo2e,
        BigDecimal previousTotalKgCo2e,
        BigDecimal changeKgCo2e,
        BigDecimal activityEffectKgCo2e,
        BigDecimal factorEffectKgCo2e,
        BigDecimal gwpEffectKgCo2e,
        boolean gwpEffectComplete,
        String previousFactorSet,
        String previousFactorSetVersion,
        String factorSet,
        String factorSetVersion,
        String previousGwpSet,
        String gwpSet,
        Integer previousFactorYearMin,
        Integer previousFactorYearMax,
        Integer factorYearMin,
        Integer factorYearMax) {
}
