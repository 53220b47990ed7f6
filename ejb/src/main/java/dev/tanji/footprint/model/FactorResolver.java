package dev.tanji.footprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Finds the factor a line names for the facility's location and the study's reference year, following ISO
 * 14067:2018 6.3.5 (data should represent the geographical and time-related coverage of the study): the facility's
 * own region first, then its wider regions (grid region, country, world), then a factor naming no region; within a
 * region the reference year, else the nearest earlier year, else an undated factor. A later year is never taken.
 *
 * <p>Factor sets are searched in priority order; a lower-priority set is used only when a higher one has nothing
 * acceptable, and the {@link FactorChoice#explanation()} says so. Two factors tying for the choice raise
 * {@link CalculationException#AMBIGUOUS_FACTOR}: there is never a silent first match. Indexes are built in the
 * constructor; immutable and thread-safe.
 */
public final class FactorResolver {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final int MAX_ANSWERS = 100_000;

    private final List<FactorIndex> sets;
    private final RegionHierarchy regions;
    /** Choices already made: a study of 50 lines, or 10,000 studies of one plant, ask the same few questions. */
    private final Map<Question, FactorChoice> answers = new ConcurrentHashMap<>();

    /**
     * @param factorSetsInPriorityOrder the factor sets to search, the preferred first
     * @param regions the hierarchy factor regions are canonicalised with ({@link RegionHierarchy#canonical(String)})
     */
    public FactorResolver(List<List<EmissionFactor>> factorSetsInPriorityOrder, RegionHierarchy regions) {
        this.regions = Objects.requireNonNull(regions, "regions");
        List<FactorIndex> indexes = new ArrayList<>();
        for (List<EmissionFactor> set : factorSetsInPriorityOrder) {
            indexes.add(new FactorIndex(indexes.size(), set, regions));
        }
        this.sets = List.copyOf(indexes);
    }

    /** The name factors are looked up by: stripped, inner whitespace collapsed to one space, lower case. */
    public static String normaliseName(String name) {
        Objects.requireNonNull(name, "name");
        return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The factor a line names itself (by id): taken as is, rule {@link SelectionRule#EXPLICIT}. */
    public FactorChoice explicit(EmissionFactor factor) {
        return new FactorChoice(factor, SelectionRule.EXPLICIT,
                new ResolutionText(regions, factor.name(), Location.unknown(), null).explicit(factor));
    }

    /**
     * The best factor named {@code factorName} for a facility at {@code location} and {@code referenceYear}.
     *
     * @param location where the facility is; {@code null} or unknown admits only factors that name no region
     * @param referenceYear the year the study represents; {@code null} admits every year, the latest winning
     * @throws CalculationException {@link CalculationException#AMBIGUOUS_FACTOR} if two factors of one set tie,
     *     {@link CalculationException#FACTOR_NOT_FOUND} if no set has an acceptable factor
     */
    public FactorChoice resolve(String factorName, Location location, Integer referenceYear) {
        Question question = new Question(factorName, location == null ? List.of() : location.lineage(),
                referenceYear);
        FactorChoice known = answers.get(question);
        if (known != null) {
            return known;
        }
        FactorChoice choice = choose(factorName, location, referenceYear);
        if (answers.size() < MAX_ANSWERS) {
            answers.put(question, choice);
        }
        return choice;
    }

    private FactorChoice choose(String factorName, Location location, Integer referenceYear) {
        String name = normaliseName(factorName);
        Location where = location == null ? Location.unknown() : location;
        ResolutionText text = new ResolutionText(regions, factorName, where, referenceYear);
        List<String> levels = new ArrayList<>();
        where.lineage().forEach(code -> levels.add(FactorIndex.regionKey(code)));
        levels.add(FactorIndex.NO_REGION);
        List<String> setsWithoutMatch = new ArrayList<>();
        for (FactorIndex set : sets) {
            for (int level = 0; level < levels.size(); level++) {
                FactorIndex.Pick pick = set.pick(name, levels.get(level), referenceYear);
                if (pick != null) {
                    return choice(text, set, pick, level, setsWithoutMatch);
                }
            }
            setsWithoutMatch.add(set.label());
        }
        List<EmissionFactor> existing = sets.stream().flatMap(set -> set.named(name).stream()).toList();
        throw new CalculationException(CalculationException.FACTOR_NOT_FOUND,
                text.notFound(setsWithoutMatch, existing));
    }

    private FactorChoice choice(ResolutionText text, FactorIndex set, FactorIndex.Pick pick, int level,
                                List<String> setsWithoutMatch) {
        if (pick.factors().size() > 1) {
            throw new CalculationException(CalculationException.AMBIGUOUS_FACTOR,
                    text.ambiguous(set.label(), pick.factors()));
        }
        SelectionRule rule = level == 0 && !text.location().isUnknown()
                ? (pick.earlierYear() ? SelectionRule.NEAREST_EARLIER_YEAR : SelectionRule.EXACT)
                : (pick.earlierYear() ? SelectionRule.WIDER_REGION_NEAREST_EARLIER_YEAR : SelectionRule.WIDER_REGION);
        return new FactorChoice(pick.first(), rule,
                text.explanation(pick.first(), rule, level, set.label(), setsWithoutMatch));
    }

    private record Question(String factorName, List<String> lineage, Integer referenceYear) {
    }
}
