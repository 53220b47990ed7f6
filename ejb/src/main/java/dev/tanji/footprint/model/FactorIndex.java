package dev.tanji.footprint.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One factor set, indexed once by normalised name, then canonical region, then year, so a lookup costs a few map
 * reads whatever the set's size. Filled in the constructor and only read afterwards: safe to share between threads.
 */
final class FactorIndex {

    /** The region key of factors that name no region. */
    static final String NO_REGION = "";

    private final String label;
    private final Map<String, List<EmissionFactor>> byName = new HashMap<>();
    private final Map<String, Map<String, Slot>> byNameAndRegion = new HashMap<>();

    FactorIndex(int position, List<EmissionFactor> factors, RegionHierarchy regions) {
        this.label = labelOf(position, factors);
        for (EmissionFactor factor : factors) {
            String name = FactorResolver.normaliseName(factor.name());
            byName.computeIfAbsent(name, n -> new ArrayList<>()).add(factor);
            byNameAndRegion.computeIfAbsent(name, n -> new HashMap<>())
                    .computeIfAbsent(regionKey(regions.canonical(factor.region())), r -> new Slot())
                    .add(factor);
        }
    }

    /** The key a region code is indexed under: lower case, {@link #NO_REGION} for none. */
    static String regionKey(String canonicalRegion) {
        return canonicalRegion == null ? NO_REGION : canonicalRegion.toLowerCase(Locale.ROOT);
    }

    /** The set as messages name it: {@code 'China grid (MEE)' 2023}, else {@code factor set 2}. */
    String label() {
        return label;
    }

    /** Every factor of the set with this normalised name, in the set's order. */
    List<EmissionFactor> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * The best factors of one name and region for {@code referenceYear}: that year, else the nearest earlier one,
     * else the undated ones; with no reference year the latest, else the undated. More than one factor is a tie.
     *
     * @return {@code null} when the region has no acceptable factor of that name
     */
    Pick pick(String name, String regionKey, Integer referenceYear) {
        Slot slot = byNameAndRegion.getOrDefault(name, Map.of()).get(regionKey);
        if (slot == null) {
            return null;
        }
        Map.Entry<Integer, List<EmissionFactor>> dated =
                referenceYear == null ? slot.dated.lastEntry() : slot.dated.floorEntry(referenceYear);
        if (dated != null) {
            return new Pick(dated.getValue(), referenceYear != null && dated.getKey() < referenceYear);
        }
        return slot.undated.isEmpty() ? null : new Pick(slot.undated, false);
    }

    /** The factors that tie for the best fit of one region, and whether they are from before the reference year. */
    record Pick(List<EmissionFactor> factors, boolean earlierYear) {

        EmissionFactor first() {
            return factors.get(0);
        }
    }

    private static String labelOf(int position, List<EmissionFactor> factors) {
        return factors.stream().map(EmissionFactor::provenance).filter(p -> p.setName() != null).findFirst()
                .map(p -> "'" + p.setName() + "'" + (p.setVersion() == null ? "" : " " + p.setVersion()))
                .orElse("factor set " + (position + 1));
    }

    private static final class Slot {
        private final NavigableMap<Integer, List<EmissionFactor>> dated = new TreeMap<>();
        private final List<EmissionFactor> undated = new ArrayList<>();

        void add(EmissionFactor factor) {
            if (factor.referenceYear() == null) {
                undated.add(factor);
            } else {
                dated.computeIfAbsent(factor.referenceYear(), year -> new ArrayList<>()).add(factor);
            }
        }
    }
}
