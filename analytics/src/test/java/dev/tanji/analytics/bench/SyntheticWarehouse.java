package dev.tanji.analytics.bench;

import static dev.tanji.analytics.bench.Catalog.nameUuid;

import dev.tanji.analytics.warehouse.RunRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A made-up but plausible warehouse of exactly {@code lineCount} line items, the same for the same seed: thousands
 * of companies, each with a few facilities and a growing range of products in shared categories, each product made
 * at one or two of its company's facilities and studied every reference year from its launch (2015-2020) to 2025.
 * A study is recalculated now and then: under AR6 after AR5, under the company's second factor set, or to correct
 * it (see {@link StudyRuns}).
 *
 * <p>Products are dealt out round-robin, one per company per round, until the line count is reached, so every
 * company has about as many products as the others and the last study is cut short to hit the count exactly.
 * Runs of one reference year are generated on demand, so a warehouse far larger than memory can be written year by
 * year.
 */
final class SyntheticWarehouse {

    static final int FIRST_YEAR = 2015;
    static final int LAST_YEAR = 2025;

    private static final String[] NAME_PARTS = {"Nordvik", "Aster", "Baltic", "Cobalt", "Delta", "Ember", "Fjord",
        "Granite", "Harbour", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orion", "Pioneer",
        "Quarry", "Riverside", "Summit", "Tundra", "Umbra", "Vantage", "Willow", "Yarrow", "Zenith"};
    private static final String[] NAME_KINDS = {"Castings", "Industries", "Manufacturing", "Components", "Works",
        "Materials", "Products", "Systems", "Textiles", "Packaging"};
    private static final String[] CITIES = {"Ostrava", "Shenyang", "Porto", "Monterrey", "Pune", "Gdansk",
        "Izmir", "Tampere", "Lyon", "Hamilton", "Busan", "Curitiba", "Ghent", "Brno", "Timisoara", "Penang"};

    record Company(UUID id, String name, List<Facility> facilities, int primarySet, int secondarySet) {
    }

    record Facility(UUID id, String name) {
    }

    record Product(Company company, UUID id, String name, Catalog.Category category, String functionalUnit,
            int[] facilities, int firstYear, int[] items, double[] amounts, long seed) {
    }

    /** The runs of a product at a facility in a year; the last study may be cut to fewer runs or lines. */
    record Study(Product product, int facility, int year, int runs, int lastRunLines) {
    }

    private final long lineCount;
    private final long seed;
    private final List<Company> companies;
    private final List<Study> studies = new ArrayList<>();

    SyntheticWarehouse(long lineCount, int companyCount, long seed) {
        if (lineCount < 1 || companyCount < 1) {
            throw new IllegalArgumentException("Need at least one line and one company");
        }
        this.lineCount = lineCount;
        this.seed = seed;
        this.companies = new ArrayList<>(companyCount);
        for (int c = 0; c < companyCount; c++) {
            companies.add(company(seed, c));
        }
        plan(seed);
    }

    long lineCount() {
        return lineCount;
    }

    /** What makes these runs these: the same description, the same rows. */
    String description() {
        return "lines=%d companies=%d seed=%d".formatted(lineCount, companies.size(), seed);
    }

    /** Every run of one reference year, with its lines. */
    List<RunRecord> runsIn(int year) {
        List<RunRecord> runs = new ArrayList<>();
        for (Study study : studies) {
            if (study.year() == year) {
                runs.addAll(StudyRuns.of(study));
            }
        }
        return runs;
    }

    private void plan(long seed) {
        long remaining = lineCount;
        for (int round = 0; ; round++) {
            for (int c = 0; c < companies.size(); c++) {
                Product product = product(companies.get(c), seed, c, round);
                for (int facility : product.facilities()) {
                    for (int year = product.firstYear(); year <= LAST_YEAR; year++) {
                        int perRun = StudyRuns.linesPerRun(product, year);
                        int runs = StudyRuns.runCount(product, facility, year);
                        if ((long) perRun * runs >= remaining) {
                            int full = (int) (remaining / perRun);
                            int rest = (int) (remaining % perRun);
                            studies.add(new Study(product, facility, year, full + (rest > 0 ? 1 : 0),
                                    rest > 0 ? rest : perRun));
                            return;
                        }
                        studies.add(new Study(product, facility, year, runs, perRun));
                        remaining -= (long) perRun * runs;
                    }
                }
            }
        }
    }

    private static Company company(long seed, int index) {
        SplittableRandom random = new SplittableRandom(mix(seed, 1, index));
        String name = "%s %s %04d".formatted(NAME_PARTS[random.nextInt(NAME_PARTS.length)],
                NAME_KINDS[random.nextInt(NAME_KINDS.length)], index + 1);
        int facilityCount = 2 + random.nextInt(4);
        int firstCity = random.nextInt(CITIES.length);
        List<Facility> facilities = new ArrayList<>();
        for (int f = 0; f < facilityCount; f++) {
            String facility = CITIES[(firstCity + f * 5) % CITIES.length] + " plant";
            facilities.add(new Facility(nameUuid("facility:" + name + "/" + facility), facility));
        }
        double draw = random.nextDouble();
        int primary = draw < 0.6 ? 0 : draw < 0.85 ? 1 : 2;
        return new Company(nameUuid("company:" + name), name, List.copyOf(facilities), primary, primary == 0 ? 1 : 0);
    }

    private static Product product(Company company, long seed, int companyIndex, int round) {
        long productSeed = mix(seed, 2, companyIndex, round);
        SplittableRandom random = new SplittableRandom(productSeed);
        List<Catalog.Category> categories = Catalog.CATEGORIES;
        // a skewed draw: some categories are much more common than others
        Catalog.Category category = categories.get((int) (categories.size() * Math.pow(random.nextDouble(), 1.6)));
        String functionalUnit = category.functionalUnits().get(random.nextInt(category.functionalUnits().size()));
        String name = category.name() + " " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + "-" + (100 * (round + 1) + random.nextInt(100));
        int facilityCount = Math.min(company.facilities().size(), random.nextDouble() < 0.6 ? 1 : 2);
        int firstFacility = random.nextInt(company.facilities().size());
        int[] facilities = new int[facilityCount];
        for (int f = 0; f < facilityCount; f++) {
            facilities[f] = (firstFacility + f) % company.facilities().size();
        }
        int itemCount = 22 + random.nextInt(41);
        int[] items = new int[itemCount];
        double[] amounts = new double[itemCount];
        for (int i = 0; i < itemCount; i++) {
            items[i] = random.nextInt(Catalog.ITEMS.size());
            amounts[i] = Math.pow(10, random.nextDouble(-2, 2));
        }
        return new Product(company, nameUuid("product:" + company.name() + "/" + name), name, category,
                functionalUnit, facilities, FIRST_YEAR + random.nextInt(6), items, amounts, productSeed);
    }

    /** A 64-bit hash of the keys, for seeding one random stream per thing generated. */
    static long mix(long... keys) {
        long hash = 0x9E3779B97F4A7C15L;
        for (long key : keys) {
            hash = (hash ^ key) * 0xBF58476D1CE4E5B9L;
            hash ^= hash >>> 31;
            hash *= 0x94D049BB133111EBL;
            hash ^= hash >>> 29;
        }
        return hash;
    }
}
