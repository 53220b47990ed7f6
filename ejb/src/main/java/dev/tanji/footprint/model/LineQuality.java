package dev.tanji.footprint.model;

import java.math.BigDecimal;
import java.util.Set;

/**
 * How representative one line's data are, on the pedigree scale of 1 (best) to 5 (worst) used by ecoinvent and
 * ISO 14067:2018 6.3.5's data quality requirements.
 *
 * @param temporal from the years between the factor and the reference period: under 3 years 1, under 6 2, under
 *     10 3, under 15 4, else or unknown 5
 * @param geographic from the factor's region against the facility's: the same region 1, a wider region containing
 *     it 2 (3 from three levels up, e.g. world), another region or unknown 5
 * @param technology the practitioner's rating, {@code null} if not rated
 * @param rating the mean of the ratings given
 * @param flags the aspects rated 3 or worse
 */
public record LineQuality(int temporal, int geographic, Integer technology, BigDecimal rating, Set<Aspect> flags) {

    /** An aspect rated this or worse is flagged. */
    public static final int FLAG_FROM = 3;

    /** An aspect of representativeness. */
    public enum Aspect { TEMPORAL, GEOGRAPHIC, TECHNOLOGICAL }

    public LineQuality {
        flags = Set.copyOf(flags);
    }
}
