package dev.tanji.footprint.model;

import static dev.tanji.quantity.Quantity.DIVISION_CONTEXT;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rates each line's data on the pedigree scale (1 best, 5 worst; see {@link LineQuality}) and the run as the
 * lines' ratings weighted by their contribution. A directly emitted gas is measured by the study itself, so it rates
 * 1 in time and place.
 */
final class QualityRatings {

    /** {@code MEANS[count][sum]}: the mean of {@code count} ratings summing to {@code sum}, computed once. */
    private static final BigDecimal[][] MEANS = new BigDecimal[4][16];

    static {
        for (int count = 1; count < MEANS.length; count++) {
            for (int sum = 0; sum < MEANS[count].length; sum++) {
                MEANS[count][sum] = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), DIVISION_CONTEXT);
            }
        }
    }

    private final Inventory inventory;

    QualityRatings(Inventory inventory) {
        this.inventory = inventory;
    }

    LineQuality of(InventoryLine line) {
        boolean direct = line.factor().provenance() == FactorProvenance.DIRECT;
        int temporal = direct ? 1 : temporal(line.factor().referenceYear());
        int geographic = direct ? 1 : geographic(line.factor().region());
        Integer technology = line.technologyRating();
        int sum = temporal + geographic + (technology == null ? 0 : technology);
        int count = technology == null ? 2 : 3;
        Set<LineQuality.Aspect> flags = EnumSet.noneOf(LineQuality.Aspect.class);
        if (temporal >= LineQuality.FLAG_FROM) {
            flags.add(LineQuality.Aspect.TEMPORAL);
        }
        if (geographic >= LineQuality.FLAG_FROM) {
            flags.add(LineQuality.Aspect.GEOGRAPHIC);
        }
        if (technology != null && technology >= LineQuality.FLAG_FROM) {
            flags.add(LineQuality.Aspect.TECHNOLOGICAL);
        }
        return new LineQuality(temporal, geographic, technology, MEANS[count][sum], flags);
    }

    Footprint.RunQuality ofRun(List<LineResult> lines) {
        BigDecimal magnitude = BigDecimal.ZERO;
        BigDecimal primary = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (LineResult line : lines) {
            BigDecimal size = line.kgCo2e().abs();
            magnitude = magnitude.add(size);
            weighted = weighted.add(size.multiply(line.quality().rating()));
            if (line.line().dataType() == DataType.PRIMARY) {
                primary = primary.add(size);
            }
        }
        if (magnitude.signum() == 0) {
            return new Footprint.RunQuality(BigDecimal.ZERO, null);
        }
        return new Footprint.RunQuality(FootprintCalculator.share(primary, magnitude),
                weighted.divide(magnitude, DIVISION_CONTEXT));
    }

    private int temporal(Integer factorYear) {
        if (factorYear == null || inventory.referenceYear() == null) {
            return 5;
        }
        int years = Math.abs(inventory.referenceYear() - factorYear);
        return years < 3 ? 1 : years < 6 ? 2 : years < 10 ? 3 : years < 15 ? 4 : 5;
    }

    private int geographic(String factorRegion) {
        GeographicMatch match = inventory.location().match(factorRegion);
        return switch (match.kind()) {
            case SAME -> 1;
            case WIDER -> match.levels() < 3 ? 2 : 3;
            case OTHER, UNKNOWN -> 5;
        };
    }
}
