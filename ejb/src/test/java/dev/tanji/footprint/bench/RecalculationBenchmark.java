package dev.tanji.footprint.bench;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;

import dev.tanji.footprint.model.Allocation;
import dev.tanji.footprint.model.CutOffRule;
import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.FactorChoice;
import dev.tanji.footprint.model.FactorProvenance;
import dev.tanji.footprint.model.FactorResolver;
import dev.tanji.footprint.model.FootprintCalculator;
import dev.tanji.footprint.model.GwpTable;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.footprint.model.InventoryLine;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.footprint.model.Location;
import dev.tanji.footprint.model.RegionHierarchy;
import dev.tanji.footprint.model.TotalRecalculation;
import dev.tanji.footprint.model.Transport;
import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitOfMeasure;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Recalculation of many studies under another factor set, timed side by side with a plain {@code BigDecimal} loop
 * (target: 10,000 studies × 50 lines in under 1 s on 2 cores, at most 2× the loop). A program run on demand, not a
 * test: it prints figures and ratios and never fails on them. From the project root:
 *
 * <pre>./mvnw -q -o -pl ejb test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.tanji.footprint.bench.RecalculationBenchmark</pre>
 *
 * <p>System properties: {@code bench.studies} (10000), {@code bench.lines} (50), {@code bench.threads} (2),
 * {@code bench.warmup} (3), {@code bench.rounds} (7), {@code bench.singleThreadRounds} (3, 0 skips),
 * {@code bench.seed} (14067).
 *
 * <p>Engine: per study, every line's factor is resolved by name in set B (one {@link FactorResolver}, built once),
 * the line's choice replaced ({@link InventoryLine#withChoice}) and the study calculated
 * ({@link FootprintCalculator#calculate}). Baseline: each line's amount in its set-B factor's reference unit and that
 * factor's kg CO2e per reference unit, precomputed here (unit scales and GWPs of this class, the factor picked by
 * the same resolver), multiplied and summed per study. Both run on one fixed thread pool over the same chunks of
 * studies, alternately: the engine first in odd rounds, the baseline first in even ones.
 */
public final class RecalculationBenchmark {

    private static final RegionHierarchy REGIONS = RegionHierarchy.standard();
    private static final GwpTable AR6 = new GwpTable("AR6", Map.of(Gas.CO2, ONE, Gas.CO2_BIOGENIC, ONE,
            Gas.CH4, new BigDecimal("27.9"), Gas.CH4_FOSSIL, new BigDecimal("29.8"),
            Gas.CH4_NON_FOSSIL, new BigDecimal("27.0"), Gas.N2O, new BigDecimal("273")));
    /** What one unit is in its dimension's base unit (kg, kWh, m³, t·km): the baseline's own conversion table. */
    private static final Map<UnitOfMeasure, BigDecimal> SCALE = Map.of(Units.GRAM, new BigDecimal("0.001"),
            Units.KILOGRAM, ONE, Units.TONNE, new BigDecimal("1000"), Units.KILOWATT_HOUR, ONE,
            Units.MEGAWATT_HOUR, new BigDecimal("1000"), Units.CUBIC_METRE, ONE, Units.LITRE, new BigDecimal("0.001"),
            Units.TONNE_KILOMETRE, ONE);
    private static final int NAMES = 100;
    private static final int VARIANTS = 5;
    private static final List<String> FACILITY_REGIONS =
            Arrays.asList("CN-HB", "CN-BJ", "CN-SH", "CN-JS", "CN-SC", "CN-GD", "GB", null);
    private static final List<String> FACTOR_PROVINCES =
            List.of("CN-HB", "CN-BJ", "CN-SH", "CN-JS", "CN-SC", "CN-GD", "CN-ZJ", "CN-SD", "CN-HN");
    private static final List<String> GRIDS = List.of("CN-GRID-NORTH", "CN-GRID-NORTHEAST", "CN-GRID-EAST",
            "CN-GRID-CENTRAL", "CN-GRID-NORTHWEST", "CN-GRID-SOUTH", "CN-GRID-SOUTHWEST");

    /** The kinds of factor generated, each with the units its factors and its lines' amounts are written in. */
    private enum Family {
        MATERIAL("steel sheet", LifeCycleStage.RAW_MATERIAL_ACQUISITION, List.of("g", "kg", "t"),
                "kg CO2e / kg", "kg CO2e / t", "t CO2e / t"),
        ELECTRICITY("grid electricity", LifeCycleStage.PRODUCTION, List.of("kWh", "MWh"),
                "kg CO2 / kWh", "t CO2 / MWh"),
        TRANSPORT("road freight", LifeCycleStage.RAW_MATERIAL_TRANSPORT, List.of("t·km"),
                "kg CO2e / t·km", "g CO2e / t·km"),
        FUEL("natural gas", LifeCycleStage.PRODUCTION, List.of("m3", "L"), "kg / m3", "g / m3");

        private final String prefix;
        private final LifeCycleStage stage;
        private final List<UnitOfMeasure> amountUnits;
        private final List<FactorUnit> factorUnits;

        Family(String prefix, LifeCycleStage stage, List<String> amountUnits, String... factorUnits) {
            this.prefix = prefix;
            this.stage = stage;
            this.amountUnits = amountUnits.stream().map(Units::parse).toList();
            this.factorUnits = Arrays.stream(factorUnits).map(FactorUnit::parse).toList();
        }
    }

    private final int threads;
    private final List<Inventory> studies;
    private final FactorResolver resolverB;
    private final BigDecimal[][] amounts;
    private final BigDecimal[][] factors;
    private final FootprintCalculator calculator = new FootprintCalculator();
    private final TotalRecalculation totalsUnderAr6 = new TotalRecalculation(AR6);
    /** The measured operation: the full calculation, or the totals-only recalculation. */
    private IntFunction<BigDecimal> engineOperation = this::recalculate;

    private RecalculationBenchmark(int threads, long seed, int studyCount, int linesPerStudy) {
        this.threads = threads;
        Random random = new Random(seed);
        List<EmissionFactor> setA = factorSet("A", random);
        List<EmissionFactor> setB = factorSet("B", random);
        this.resolverB = new FactorResolver(List.of(setB), REGIONS);
        this.studies = new ArrayList<>(studyCount);
        this.amounts = new BigDecimal[studyCount][];
        this.factors = new BigDecimal[studyCount][];
        Map<EmissionFactor, FactorChoice> choicesA = new HashMap<>();
        setA.forEach(factor -> choicesA.put(factor, FactorChoice.explicit(factor)));
        Map<String, EmissionFactor> picksB = new HashMap<>();
        for (int s = 0; s < studyCount; s++) {
            Inventory study = study(random, setA, choicesA, linesPerStudy);
            studies.add(study);
            baselinePairs(s, study, picksB);
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("bench.threads", 2);
        int studyCount = Integer.getInteger("bench.studies", 10_000);
        int lines = Integer.getInteger("bench.lines", 50);
        long started = System.nanoTime();
        RecalculationBenchmark bench = new RecalculationBenchmark(threads, Long.getLong("bench.seed", 14067),
                studyCount, lines);
        System.out.printf(Locale.ROOT, "Recalculation of %,d studies × %d lines (%,d lines) under factor set B "
                + "(%d factors, %d names); fixed pool of %d threads, %d cores; data built in %.0f ms%n",
                studyCount, lines, (long) studyCount * lines, NAMES * VARIANTS, NAMES, threads,
                Runtime.getRuntime().availableProcessors(), (System.nanoTime() - started) / 1e6);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            System.out.println("Full calculation (FootprintCalculator: lines, stages, gases, shares, ratings, "
                    + "warnings, as a stored run has them):");
            double[] ratio = bench.rounds(pool, "", Integer.getInteger("bench.warmup", 3),
                    Integer.getInteger("bench.rounds", 7));
            int singleRounds = Integer.getInteger("bench.singleThreadRounds", 3);
            if (threads > 1 && singleRounds > 0) {
                ExecutorService single = Executors.newSingleThreadExecutor();
                bench.rounds(single, "1 thread ", 1, singleRounds);
                single.shutdown();
            }
            verdict("full calculation", ratio);
            System.out.println("Totals only (TotalRecalculation: same lines, conversions, allocation and GWPs, one "
                    + "multiplier per factor and unit):");
            bench.engineOperation = bench::recalculateTotal;
            verdict("totals only", bench.rounds(pool, "totals ", Integer.getInteger("bench.warmup", 3),
                    Integer.getInteger("bench.rounds", 7)));
        } finally {
            pool.shutdown();
        }
    }

    private static void verdict(String what, double[] ratio) {
        System.out.printf(Locale.ROOT, "verdict (%s): engine median %.0f ms (target < 1000 ms: %s), engine/baseline "
                + "median %.1f× (target ≤ 2×: %s)%n", what, ratio[0], ratio[0] < 1000 ? "met" : "MISSED", ratio[1],
                ratio[1] <= 2 ? "met" : "MISSED");
    }

    /** Runs warm-up and measured rounds and prints them; returns the medians {engine ms, engine/baseline}. */
    private double[] rounds(ExecutorService pool, String label, int warmup, int measured) throws Exception {
        long lineCount = Arrays.stream(amounts).mapToLong(pairs -> pairs.length).sum();
        double[] engineMs = new double[measured];
        double[] baselineMs = new double[measured];
        double[] ratios = new double[measured];
        BigDecimal[] totals = new BigDecimal[2];
        for (int round = -warmup; round < measured; round++) {
            boolean engineFirst = (round & 1) == 0;
            double first = time(pool, engineFirst, totals);
            double second = time(pool, !engineFirst, totals);
            double engine = engineFirst ? first : second;
            double baseline = engineFirst ? second : first;
            String name = round < 0 ? "warm-up " + (round + warmup + 1) : "round " + (round + 1);
            System.out.printf(Locale.ROOT, "%s%-9s engine %8.1f ms  baseline %7.1f ms  ratio %6.1f×  engine %,11.0f "
                    + "lines/s  baseline %,13.0f lines/s%n", label, name, engine, baseline, engine / baseline,
                    lineCount / engine * 1000, lineCount / baseline * 1000);
            if (round >= 0) {
                engineMs[round] = engine;
                baselineMs[round] = baseline;
                ratios[round] = engine / baseline;
            }
        }
        double engine = median(engineMs);
        double ratio = median(ratios);
        System.out.printf(Locale.ROOT, "%smedian    engine %8.1f ms  baseline %7.1f ms  ratio %6.1f×  engine %,11.0f "
                + "lines/s  baseline %,13.0f lines/s%n", label, engine, median(baselineMs), ratio,
                lineCount / engine * 1000, lineCount / median(baselineMs) * 1000);
        BigDecimal difference = totals[0].subtract(totals[1]).abs();
        BigDecimal relative = difference.divide(totals[1].abs(), MathContext.DECIMAL64);
        System.out.printf(Locale.ROOT, "%schecksum  engine %s kg CO2e, baseline %s kg CO2e, relative difference "
                + "%s (%s, limit 1E-20)%n", label, totals[0].toPlainString(), totals[1].toPlainString(),
                relative.toString(), relative.compareTo(new BigDecimal("1E-20")) <= 0 ? "agree" : "DISAGREE");
        return new double[] {engine, ratio};
    }

    /** Times one pass of the engine (stores its total in totals[0]) or of the baseline (totals[1]), in ms. */
    private double time(ExecutorService pool, boolean engine, BigDecimal[] totals) throws Exception {
        long start = System.nanoTime();
        BigDecimal total = engine ? onPool(pool, engineOperation) : onPool(pool, this::baseline);
        double ms = (System.nanoTime() - start) / 1e6;
        totals[engine ? 0 : 1] = total;
        return ms;
    }

    /** The measured operation: the study recalculated under set B, its total in kg CO2e. */
    private BigDecimal recalculate(int s) {
        Inventory study = studies.get(s);
        List<InventoryLine> lines = new ArrayList<>(study.lines().size());
        for (InventoryLine line : study.lines()) {
            FactorChoice choice = resolverB.resolve(line.factor().name(), study.location(), study.referenceYear());
            lines.add(line.withChoice(choice));
        }
        return calculator.calculate(study.withLines(lines)).totalKgCo2e();
    }

    /** The same recalculation, totals only: each line's factor looked up again in set B. */
    private BigDecimal recalculateTotal(int s) {
        return totalsUnderAr6.total(studies.get(s), resolverB);
    }

    private BigDecimal baseline(int s) {
        BigDecimal[] amount = amounts[s];
        BigDecimal[] factor = factors[s];
        BigDecimal total = ZERO;
        for (int i = 0; i < amount.length; i++) {
            total = total.add(amount[i].multiply(factor[i]));
        }
        return total;
    }

    /** The sum over all studies, computed in {@code threads × 8} contiguous chunks on {@code pool}. */
    private BigDecimal onPool(ExecutorService pool, IntFunction<BigDecimal> perStudy) throws Exception {
        int chunks = threads * 8;
        List<Future<BigDecimal>> parts = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int from = (int) ((long) studies.size() * c / chunks);
            int to = (int) ((long) studies.size() * (c + 1) / chunks);
            parts.add(pool.submit(() -> {
                BigDecimal sum = ZERO;
                for (int s = from; s < to; s++) {
                    sum = sum.add(perStudy.apply(s));
                }
                return sum;
            }));
        }
        BigDecimal total = ZERO;
        for (Future<BigDecimal> part : parts) {
            total = total.add(part.get());
        }
        return total;
    }

    /**
     * Stores the study's (amount in reference unit, kg CO2e per reference unit) pairs under set B; {@code picks}
     * remembers the resolver's answer per name, location and year, to build the data faster.
     */
    private void baselinePairs(int s, Inventory study, Map<String, EmissionFactor> picks) {
        List<InventoryLine> lines = study.lines();
        amounts[s] = new BigDecimal[lines.size()];
        factors[s] = new BigDecimal[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            InventoryLine line = lines.get(i);
            EmissionFactor factor = picks.computeIfAbsent(line.factor().name() + study.location().lineage()
                    + study.referenceYear(), key -> resolverB.resolve(line.factor().name(), study.location(),
                    study.referenceYear()).factor());
            Quantity amount = line.amount();
            BigDecimal converted = amount.value().multiply(SCALE.get(amount.unit()))
                    .divide(SCALE.get(factor.referenceUnit()));
            amounts[s][i] = line.allocation() == null ? converted
                    : converted.divide(line.allocation().periodOutput().value(), Quantity.DIVISION_CONTEXT);
            BigDecimal kgCo2e = ZERO;
            for (Map.Entry<Gas, BigDecimal> gas : factor.amounts().entrySet()) {
                kgCo2e = kgCo2e.add(gas.getValue().multiply(SCALE.get(factor.emissionUnit()))
                        .multiply(AR6.values().get(gas.getKey())));
            }
            factors[s][i] = kgCo2e;
        }
    }

    /**
     * {@value #NAMES} names × {@value #VARIANTS} factors: one without region or year (so every name resolves), one
     * for China, one for a grid region and two for provinces, each of a random year (or undated), unit and value.
     */
    private static List<EmissionFactor> factorSet(String set, Random random) {
        FactorProvenance provenance = new FactorProvenance("bench-" + set, "Benchmark set " + set, "1", "AR6", null);
        List<EmissionFactor> factors = new ArrayList<>(NAMES * VARIANTS);
        for (int n = 0; n < NAMES; n++) {
            Family family = family(n);
            List<String> provinces = new ArrayList<>(FACTOR_PROVINCES);
            String[] regions = {null, "CN", pick(random, GRIDS), provinces.remove(random.nextInt(provinces.size())),
                provinces.remove(random.nextInt(provinces.size()))};
            for (int v = 0; v < VARIANTS; v++) {
                Integer year = v == 0 || random.nextInt(10) == 0 ? null : 2014 + random.nextInt(10);
                FactorUnit unit = pick(random, family.factorUnits);
                factors.add(new EmissionFactor(set + "-" + n + "-" + v, family.prefix + " " + n, unit.emissionUnit(),
                        unit.referenceUnit(), gasAmounts(random, family, unit), year, regions[v], provenance));
            }
        }
        return factors;
    }

    /** Random kg per base unit (kg, kWh, t·km, m³) of plausible size, written in {@code unit}. */
    private static Map<Gas, BigDecimal> gasAmounts(Random random, Family family, FactorUnit unit) {
        Map<Gas, BigDecimal> kgPerBase = new EnumMap<>(Gas.class);
        switch (family) {
            case MATERIAL -> kgPerBase.put(Gas.CO2E, decimal(random, 500, 50_000, 4));
            case ELECTRICITY -> kgPerBase.put(Gas.CO2, decimal(random, 3_000, 11_000, 4));
            case TRANSPORT -> kgPerBase.put(Gas.CO2E, decimal(random, 2_000, 20_000, 5));
            case FUEL -> {
                kgPerBase.put(Gas.CO2, decimal(random, 19_000, 22_000, 4));
                kgPerBase.put(Gas.CH4_FOSSIL, decimal(random, 30_000, 40_000, 9));
                kgPerBase.put(Gas.N2O, decimal(random, 3_000, 4_000, 9));
            }
        }
        Map<Gas, BigDecimal> inUnit = new EnumMap<>(Gas.class);
        kgPerBase.forEach((gas, kg) -> inUnit.put(gas, kg.multiply(SCALE.get(unit.referenceUnit()))
                .divide(SCALE.get(unit.emissionUnit())).stripTrailingZeros()));
        return inUnit;
    }

    private static Inventory study(Random random, List<EmissionFactor> setA, Map<EmissionFactor, FactorChoice> choices,
                                   int lineCount) {
        String region = pick(random, FACILITY_REGIONS);
        Location location = region == null ? Location.unknown() : Location.of(REGIONS, region);
        List<InventoryLine> lines = new ArrayList<>(lineCount);
        for (int i = 0; i < lineCount; i++) {
            int name = random.nextInt(NAMES);
            lines.add(line(random, "L" + (i + 1), family(name), choices.get(setA.get(name * VARIANTS))));
        }
        return new Inventory(2018 + random.nextInt(7), location, AR6, List.of(), CutOffRule.STANDARD, lines);
    }

    /** A line in a random unit of its family; one electricity line in eight a facility total shared by unit count. */
    private static InventoryLine line(Random random, String id, Family family, FactorChoice choice) {
        String item = choice.factor().name();
        if (family == Family.TRANSPORT && random.nextBoolean()) {
            Transport leg = new Transport(Quantity.of(decimal(random, 10, 20_000, 1), Units.KILOGRAM),
                    Quantity.of(decimal(random, 10, 2_000, 0), Units.KILOMETRE), "road");
            return InventoryLine.transport(id, family.stage, item, leg).choice(choice).build();
        }
        if (family == Family.ELECTRICITY && random.nextInt(8) == 0) {
            return InventoryLine.builder(id, family.stage, item,
                    Quantity.of(decimal(random, 1_000, 50_000, 1), Units.MEGAWATT_HOUR)).choice(choice)
                    .facilityTotal(Allocation.byUnitCount(decimal(random, 1_000, 200_000, 0))).build();
        }
        UnitOfMeasure unit = pick(random, family.amountUnits);
        BigDecimal perBase = decimal(random, 100, 500_000, 3);
        BigDecimal value = perBase.divide(SCALE.get(unit)).stripTrailingZeros();
        return InventoryLine.builder(id, family.stage, item, Quantity.of(value, unit)).choice(choice).build();
    }

    private static Family family(int name) {
        return Family.values()[name % Family.values().length];
    }

    /** A decimal of {@code scale} places between {@code fromUnscaled} and {@code toUnscaled} units of its last place. */
    private static BigDecimal decimal(Random random, long fromUnscaled, long toUnscaled, int scale) {
        return BigDecimal.valueOf(fromUnscaled + (long) (random.nextDouble() * (toUnscaled - fromUnscaled)), scale);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
