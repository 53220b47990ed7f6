package dev.tanji.analytics.bench;

import static dev.tanji.analytics.bench.Catalog.nameUuid;
import static dev.tanji.analytics.bench.SyntheticWarehouse.mix;

import dev.tanji.analytics.bench.Catalog.FactorSet;
import dev.tanji.analytics.bench.Catalog.Item;
import dev.tanji.analytics.bench.SyntheticWarehouse.Product;
import dev.tanji.analytics.bench.SyntheticWarehouse.Study;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunRecord;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The runs of one study. The first is under the company's primary factor set, and AR5 up to reference year 2021,
 * AR6 after. Then, each with some chance: a recalculation under AR6 (of an AR5 run), one under the company's second
 * factor set, a correction under the primary set. All runs of a study share its activity data: the product's items,
 * each present in most years, with amounts drifting from year to year and differing between facilities.
 */
final class StudyRuns {

    private static final int FIRST_VINTAGE = SyntheticWarehouse.FIRST_YEAR - 3;
    /** Factor names and ids by item, set and vintage: shared, not one copy per line. */
    private static final String[][][] FACTOR_NAMES = new String[Catalog.ITEMS.size()][Catalog.FACTOR_SETS.size()][];
    private static final UUID[][][] FACTOR_IDS =
            new UUID[Catalog.ITEMS.size()][Catalog.FACTOR_SETS.size()][];

    static {
        int vintages = SyntheticWarehouse.LAST_YEAR - FIRST_VINTAGE + 1;
        for (int i = 0; i < Catalog.ITEMS.size(); i++) {
            for (int s = 0; s < Catalog.FACTOR_SETS.size(); s++) {
                FactorSet set = Catalog.FACTOR_SETS.get(s);
                FACTOR_NAMES[i][s] = new String[vintages];
                FACTOR_IDS[i][s] = new UUID[vintages];
                String name = Catalog.ITEMS.get(i).name() + " (" + set.name() + " " + set.version() + ")";
                for (int v = 0; v < vintages; v++) {
                    FACTOR_NAMES[i][s][v] = name;
                    FACTOR_IDS[i][s][v] = nameUuid("factor:" + set.name() + "/" + set.version() + "/"
                            + Catalog.ITEMS.get(i).name() + "/" + (FIRST_VINTAGE + v));
                }
            }
        }
    }

    private record RunSpec(int factorSet, String gwpSet, Instant calculatedAt) {
    }

    private StudyRuns() {
    }

    static int linesPerRun(Product product, int year) {
        return presentItems(product, year).size();
    }

    static int runCount(Product product, int facility, int year) {
        return specs(product, facility, year).size();
    }

    static List<RunRecord> of(Study study) {
        Product product = study.product();
        SyntheticWarehouse.Company company = product.company();
        SyntheticWarehouse.Facility facility = company.facilities().get(study.facility());
        List<Integer> items = presentItems(product, study.year());
        double[] amounts = amounts(product, items, study.facility(), study.year());
        List<RunSpec> specs = specs(product, study.facility(), study.year());
        String studyName = product.name() + " at " + facility.name() + ", " + study.year();
        UUID studyId = nameUuid("study:" + product.id() + "/" + facility.id() + "/" + study.year());
        List<RunRecord> runs = new ArrayList<>(study.runs());
        for (int r = 0; r < study.runs(); r++) {
            RunSpec spec = specs.get(r);
            int lineCount = r == study.runs() - 1 ? study.lastRunLines() : items.size();
            List<LineRecord> lines = new ArrayList<>(lineCount);
            Map<String, BigDecimal> stages = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int l = 0; l < lineCount; l++) {
                LineRecord line = line(l + 1, product.items()[items.get(l)], amounts[l], spec, study.year());
                lines.add(line);
                stages.merge(line.stage(), line.kgCo2e(), BigDecimal::add);
                total = total.add(line.kgCo2e());
            }
            FactorSet set = Catalog.FACTOR_SETS.get(spec.factorSet());
            long hash = mix(product.seed(), study.facility(), study.year(), r);
            SplittableRandom quality = new SplittableRandom(hash);
            runs.add(new RunRecord(nameUuid("run:" + studyId + "/" + r), studyId, studyName, company.id(),
                    company.name(), facility.id(), facility.name(), product.id(), product.name(),
                    product.category().name(), product.functionalUnit(), false, study.year(), set.id(), set.name(),
                    set.version(), spec.gwpSet(), total, stages,
                    BigDecimal.valueOf(200 + quality.nextInt(700), 1),
                    BigDecimal.valueOf(15 + quality.nextInt(21), 1),
                    "sha256:%016x%016x%016x%016x".formatted(hash, mix(hash, 1), mix(hash, 2), mix(hash, 3)),
                    spec.calculatedAt(), lines));
        }
        return runs;
    }

    private static LineRecord line(int lineNo, int itemIndex, double amount, RunSpec spec, int year) {
        Item item = Catalog.ITEMS.get(itemIndex);
        BigDecimal quantity = BigDecimal.valueOf(Math.round(amount * 1000), 3);
        BigDecimal inFactorUnit = quantity.multiply(BigDecimal.valueOf(item.toFactorUnit()));
        FactorSet set = Catalog.FACTOR_SETS.get(spec.factorSet());
        int vintage = Math.max(FIRST_VINTAGE, year - set.vintageLag());
        double factor = item.direct()
                ? item.kgPerFactorUnit()
                : item.kgPerFactorUnit() * setBias(itemIndex, spec.factorSet()) * (1 - 0.012 * (vintage - 2015));
        double ar6 = inFactorUnit.doubleValue() * factor;
        Map<String, BigDecimal> byGwpSet = Map.of(
                "AR4", sixPlaces(ar6 * item.ar4()),
                "AR5", sixPlaces(ar6 * item.ar5()),
                "AR6", sixPlaces(ar6));
        int v = vintage - FIRST_VINTAGE;
        return new LineRecord(lineNo, item.stage(), item.name(), quantity, item.unit(), inFactorUnit,
                item.factorUnit(),
                item.direct() ? null : FACTOR_IDS[itemIndex][spec.factorSet()][v],
                item.direct() ? null : FACTOR_NAMES[itemIndex][spec.factorSet()][v],
                item.direct() ? null : set.name(),
                item.direct() ? null : set.version(),
                item.direct() ? null : vintage,
                item.gas(), byGwpSet.get(spec.gwpSet()), byGwpSet);
    }

    /** How far a set's factor for an item is from the reference set's: within 15 %, the same every time. */
    private static double setBias(int itemIndex, int factorSet) {
        return factorSet == 0 ? 1 : 0.85 + 0.3 * new SplittableRandom(mix(itemIndex, factorSet)).nextDouble();
    }

    private static BigDecimal sixPlaces(double value) {
        return BigDecimal.valueOf(Math.round(value * 1e6), 6);
    }

    private static List<Integer> presentItems(Product product, int year) {
        SplittableRandom random = new SplittableRandom(mix(product.seed(), 3, year));
        List<Integer> present = new ArrayList<>();
        for (int i = 0; i < product.items().length; i++) {
            if (random.nextDouble() < 0.94) {
                present.add(i);
            }
        }
        if (present.isEmpty()) {
            present.add(0);
        }
        return present;
    }

    private static double[] amounts(Product product, List<Integer> present, int facility, int year) {
        SplittableRandom random = new SplittableRandom(mix(product.seed(), 4, facility, year));
        double facilityScale = 0.8 + 0.4 * new SplittableRandom(mix(product.seed(), 5, facility)).nextDouble();
        double trend = 1 - 0.015 * (year - SyntheticWarehouse.FIRST_YEAR);
        double[] amounts = new double[present.size()];
        for (int l = 0; l < amounts.length; l++) {
            amounts[l] = product.amounts()[present.get(l)] * facilityScale * trend
                    * (1 + 0.08 * (random.nextDouble() - 0.5));
        }
        return amounts;
    }

    private static List<RunSpec> specs(Product product, int facility, int year) {
        SplittableRandom random = new SplittableRandom(mix(product.seed(), 6, facility, year));
        SyntheticWarehouse.Company company = product.company();
        String gwpSet = year <= 2021 ? "AR5" : "AR6";
        Instant at = LocalDate.of(year + 1, 1, 10).atStartOfDay(ZoneOffset.UTC).toInstant()
                .plus(Duration.ofSeconds(random.nextLong(150L * 86_400)));
        List<RunSpec> specs = new ArrayList<>();
        specs.add(new RunSpec(company.primarySet(), gwpSet, at));
        if (gwpSet.equals("AR5") && random.nextDouble() < 0.35) {
            gwpSet = "AR6";
            at = at.plus(Duration.ofSeconds(30L * 86_400 + random.nextLong(365L * 86_400)));
            specs.add(new RunSpec(company.primarySet(), gwpSet, at));
        }
        if (random.nextDouble() < 0.4) {
            at = at.plus(Duration.ofSeconds(86_400 + random.nextLong(200L * 86_400)));
            specs.add(new RunSpec(company.secondarySet(), gwpSet, at));
        }
        if (random.nextDouble() < 0.12) {
            at = at.plus(Duration.ofSeconds(3_600 + random.nextLong(60L * 86_400)));
            specs.add(new RunSpec(company.primarySet(), gwpSet, at));
        }
        return specs;
    }
}
