package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A line's kg CO2e under each GWP set of {@link LineRecord#GWP_SETS}, as an immutable map from the set's name; a set
 * without a GWP for one of the line's gases is absent. The values are held by the set's position, so that an export
 * reads a line's three values without hashing set names, and a line given in CO2e alone holds its one value for all
 * three ({@link #same}).
 */
public final class KgByGwpSet extends AbstractMap<String, BigDecimal> {

    private static final int SETS = LineRecord.GWP_SETS.size();

    /** By position in {@link LineRecord#GWP_SETS}; null where the set is absent. */
    private final BigDecimal[] bySet;
    private final int size;

    private KgByGwpSet(BigDecimal[] bySet) {
        this.bySet = bySet;
        int present = 0;
        for (BigDecimal kg : bySet) {
            if (kg != null) {
                present++;
            }
        }
        this.size = present;
    }

    /** The same kg CO2e under every set: a line whose gases need no GWP. */
    public static KgByGwpSet same(BigDecimal kg) {
        Objects.requireNonNull(kg, "kg");
        return new KgByGwpSet(new BigDecimal[] {kg, kg, kg});
    }

    /** {@code bySet[i]} under {@code GWP_SETS.get(i)}, null where that set has no value; the array is copied. */
    public static KgByGwpSet of(BigDecimal... bySet) {
        if (bySet.length != SETS) {
            throw new IllegalArgumentException(bySet.length + " values for the " + SETS + " GWP sets "
                    + LineRecord.GWP_SETS);
        }
        return new KgByGwpSet(bySet.clone());
    }

    /** The values of {@code bySetName}, each key one of {@link LineRecord#GWP_SETS}; as it is if already one. */
    public static KgByGwpSet copyOf(Map<String, BigDecimal> bySetName) {
        Objects.requireNonNull(bySetName, "kg CO2e by GWP set");
        if (bySetName instanceof KgByGwpSet kept) {
            return kept;
        }
        BigDecimal[] bySet = new BigDecimal[SETS];
        bySetName.forEach((set, kg) -> {
            int at = LineRecord.GWP_SETS.indexOf(set);
            if (at < 0) {
                throw new IllegalArgumentException("Unknown GWP set " + set + "; expected one of "
                        + LineRecord.GWP_SETS);
            }
            bySet[at] = Objects.requireNonNull(kg, () -> "kg CO2e under " + set);
        });
        return new KgByGwpSet(bySet);
    }

    /** The value under {@code GWP_SETS.get(set)}, null if absent. */
    public BigDecimal at(int set) {
        return bySet[set];
    }

    @Override
    public BigDecimal get(Object set) {
        int at = LineRecord.GWP_SETS.indexOf(set);
        return at < 0 ? null : bySet[at];
    }

    @Override
    public boolean containsKey(Object set) {
        return get(set) != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<String, BigDecimal>> entrySet() {
        return new AbstractSet<>() {

            @Override
            public Iterator<Entry<String, BigDecimal>> iterator() {
                return new Iterator<>() {

                    private int next = present(0);

                    @Override
                    public boolean hasNext() {
                        return next < SETS;
                    }

                    @Override
                    public Entry<String, BigDecimal> next() {
                        if (next >= SETS) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, BigDecimal> entry = Map.entry(LineRecord.GWP_SETS.get(next), bySet[next]);
                        next = present(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The first position from {@code from} on that holds a value; {@link #SETS} if none does. */
    private int present(int from) {
        int at = from;
        while (at < SETS && bySet[at] == null) {
            at++;
        }
        return at;
    }
}
