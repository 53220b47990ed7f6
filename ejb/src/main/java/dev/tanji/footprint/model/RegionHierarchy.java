package dev.tanji.footprint.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The regions factors and facilities name, each inside a wider one up to the world, so that a factor's geography can
 * be judged against a facility's (ISO 14067:2018 6.3.5, geographical coverage): a factor for Central China is the
 * right grid for a plant in Hubei, one for North China is not.
 *
 * <p>Names resolve ignoring case and whitespace: {@code "华中"}, {@code "Central China grid"} and
 * {@code "central  china"} are all {@code CN-GRID-CENTRAL}. Immutable and thread-safe.
 *
 * <p>{@link #standard()} files China's provinces under the seven grid regions of the MEE/NBS 2022 electricity
 * emission factors, in which Southwest China (Sichuan, Chongqing, Tibet) is split from Central China. Under the
 * NDRC 2012 six regional grids Sichuan and Chongqing belonged to Central China; a plant there is judged against
 * today's grouping, so a 2012 Central China factor for it counts as another region.
 */
public final class RegionHierarchy {

    private static final String STANDARD_RESOURCE = "/reference-data/regions.csv";

    /** Texts looked up so far, as given: factor regions repeat across thousands of lines. */
    private static final int MAX_REMEMBERED = 10_000;

    private final Map<String, Region> byName;
    private final Map<String, List<String>> lineageByCode;
    private final Map<String, Optional<Region>> found = new ConcurrentHashMap<>();

    private RegionHierarchy(Map<String, Region> byName, Map<String, List<String>> lineageByCode) {
        this.byName = Map.copyOf(byName);
        this.lineageByCode = Map.copyOf(lineageByCode);
    }

    /** World, countries, China's grid regions and its 31 mainland provinces, from {@value #STANDARD_RESOURCE}. */
    public static RegionHierarchy standard() {
        return Standard.INSTANCE;
    }

    /**
     * A hierarchy of {@code regions}.
     *
     * @throws IllegalArgumentException naming the offender if a code repeats, a name or alias names two regions, a
     *     parent is missing, there is not exactly one root or the parents form a cycle
     */
    public static RegionHierarchy of(Collection<Region> regions) {
        Map<String, Region> byCode = new HashMap<>();
        for (Region region : regions) {
            if (byCode.putIfAbsent(key(region.code()), region) != null) {
                throw new IllegalArgumentException("Region code " + region.code() + " is used twice");
            }
        }
        Map<String, Region> byName = new HashMap<>(byCode);
        for (Region region : regions) {
            for (String name : region.names()) {
                Region other = byName.putIfAbsent(key(name), region);
                if (other != null && other != region) {
                    throw new IllegalArgumentException("'" + name + "' names both " + other.code() + " and "
                            + region.code());
                }
            }
        }
        checkSingleRoot(regions);
        Map<String, List<String>> lineages = new HashMap<>();
        for (Region region : regions) {
            lineages.put(key(region.code()), lineageOf(region, byCode));
        }
        return new RegionHierarchy(byName, lineages);
    }

    /** Every region, from the root down: each region after its parent, siblings by code. */
    public List<Region> all() {
        List<Region> regions = new ArrayList<>(new HashSet<>(byName.values()));
        regions.sort(Comparator.comparing((Region region) -> lineageByCode.get(key(region.code())).size())
                .thenComparing(Region::code));
        return List.copyOf(regions);
    }

    /** The region {@code nameOrCode} names (code, English or Chinese name, alias), ignoring case and whitespace. */
    public Optional<Region> find(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        Optional<Region> known = found.get(nameOrCode);
        if (known == null) {
            known = Optional.ofNullable(byName.get(key(nameOrCode)));
            if (found.size() < MAX_REMEMBERED) {
                found.put(nameOrCode, known);
            }
        }
        return known;
    }

    /** The code of the region {@code nameOrCode} names, else the text stripped; {@code null} for null or blank. */
    public String canonical(String nameOrCode) {
        if (isBlank(nameOrCode)) {
            return null;
        }
        return find(nameOrCode).map(Region::code).orElse(nameOrCode.strip());
    }

    /**
     * The codes from the region itself up to the root: Hubei gives {@code [CN-HB, CN-GRID-CENTRAL, CN, WORLD]}. An
     * unknown text gives itself alone (stripped), null or blank nothing.
     */
    public List<String> lineage(String nameOrCode) {
        if (isBlank(nameOrCode)) {
            return List.of();
        }
        return find(nameOrCode).map(region -> lineageByCode.get(key(region.code())))
                .orElse(List.of(nameOrCode.strip()));
    }

    /** The English name of the region {@code nameOrCode} names, else the text stripped, for messages. */
    public String displayName(String nameOrCode) {
        return find(nameOrCode).map(Region::nameEn).orElse(nameOrCode == null ? null : nameOrCode.strip());
    }

    /** The lookup key of a name: lower case, without any whitespace, so "Central  China" is "centralchina". */
    static String key(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(key::appendCodePoint);
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isBlank(String text) {
        return text == null || key(text).isEmpty();
    }

    private static void checkSingleRoot(Collection<Region> regions) {
        List<String> roots = regions.stream().filter(region -> region.parentCode() == null).map(Region::code)
                .toList();
        if (roots.size() != 1) {
            throw new IllegalArgumentException("A region hierarchy needs exactly one root (a region without parent), "
                    + "not " + (roots.isEmpty() ? "none" : String.join(", ", roots)));
        }
    }

    private static List<String> lineageOf(Region region, Map<String, Region> byCode) {
        Set<String> lineage = new LinkedHashSet<>();
        for (Region current = region; current != null; current = parentOf(current, byCode)) {
            if (!lineage.add(current.code())) {
                throw new IllegalArgumentException("The parents of " + region.code() + " form a cycle through "
                        + current.code());
            }
        }
        return List.copyOf(new ArrayList<>(lineage));
    }

    private static Region parentOf(Region region, Map<String, Region> byCode) {
        if (region.parentCode() == null) {
            return null;
        }
        Region parent = byCode.get(key(region.parentCode()));
        if (parent == null) {
            throw new IllegalArgumentException("Region " + region.code() + " names the unknown parent "
                    + region.parentCode());
        }
        return parent;
    }

    private static final class Standard {
        private static final RegionHierarchy INSTANCE = of(RegionCsv.read(STANDARD_RESOURCE));
    }
}
