package dev.tanji.footprint.model;

import static dev.tanji.quantity.Quantity.DIVISION_CONTEXT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One study calculated twice, under its own factor and GWP sets (the baseline) and under others (the alternative),
 * line by line. Lines are matched by id; a line counted in only one of the two appears with {@code null} on the
 * other side.
 *
 * @param differenceKgCo2e alternative minus baseline
 * @param differencePercent the difference relative to the baseline, {@code null} if the baseline is 0
 */
public record FootprintComparison(Footprint baseline, Footprint alternative, List<LineDifference> lines,
                                  BigDecimal differenceKgCo2e, BigDecimal differencePercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FootprintComparison {
        lines = List.copyOf(lines);
    }

    /**
     * One line under both calculations.
     *
     * @param baseline the line's result in the baseline, {@code null} if it was not counted there
     * @param alternative the line's result in the alternative, {@code null} if it was not counted there
     */
    public record LineDifference(String lineId, LineResult baseline, LineResult alternative,
                                 BigDecimal differenceKgCo2e, BigDecimal differencePercent) {
    }

    public static FootprintComparison between(Footprint baseline, Footprint alternative) {
        Map<String, LineResult> others = alternative.lines().stream()
                .collect(Collectors.toMap(LineResult::lineId, Function.identity()));
        List<LineDifference> lines = new ArrayList<>();
        for (LineResult line : baseline.lines()) {
            LineResult other = others.remove(line.lineId());
            lines.add(difference(line.lineId(), line, other));
        }
        alternative.lines().stream().filter(line -> others.containsKey(line.lineId()))
                .forEach(line -> lines.add(difference(line.lineId(), null, line)));
        BigDecimal difference = alternative.totalKgCo2e().subtract(baseline.totalKgCo2e());
        return new FootprintComparison(baseline, alternative, lines, difference,
                relative(difference, baseline.totalKgCo2e()));
    }

    private static LineDifference difference(String lineId, LineResult baseline, LineResult alternative) {
        BigDecimal before = baseline == null ? BigDecimal.ZERO : baseline.kgCo2e();
        BigDecimal after = alternative == null ? BigDecimal.ZERO : alternative.kgCo2e();
        BigDecimal difference = after.subtract(before);
        return new LineDifference(lineId, baseline, alternative, difference, relative(difference, before));
    }

    private static BigDecimal relative(BigDecimal difference, BigDecimal base) {
        return base.signum() == 0 ? null : difference.multiply(HUNDRED).divide(base, DIVISION_CONTEXT);
    }
}
