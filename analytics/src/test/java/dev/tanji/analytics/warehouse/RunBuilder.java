package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test runs that read like the domain: {@code aRun().of("Acme", "pump housing").at("Plant A").in(2024)...}. Ids of
 * companies, facilities and products follow from their names, as in a store where names are unique.
 */
public final class RunBuilder {

    private UUID runId = UUID.randomUUID();
    private UUID studyId = UUID.randomUUID();
    private String company = "Acme Castings";
    private String facility = "Shenyang foundry";
    private String product = "grey iron pump housing";
    private String category = "pump housings";
    private String functionalUnit = "1 pump housing, 20.2 kg";
    private int referenceYear = 2024;
    private String factorSet = "ecoinvent";
    private String factorSetVersion = "3.10";
    private String gwpSet = "AR6";
    private Instant calculatedAt = Instant.parse("2025-01-15T09:30:00Z");
    private BigDecimal total;
    private final List<LineRecord> lines = new ArrayList<>();

    private RunBuilder() {
    }

    public static RunBuilder aRun() {
        return new RunBuilder();
    }

    public RunBuilder id(UUID runId) {
        this.runId = runId;
        return this;
    }

    /** The same study as another run: a recalculation under other sets. */
    public RunBuilder study(UUID studyId) {
        this.studyId = studyId;
        return this;
    }

    public RunBuilder of(String company, String product) {
        this.company = company;
        this.product = product;
        return this;
    }

    public RunBuilder at(String facility) {
        this.facility = facility;
        return this;
    }

    public RunBuilder in(int referenceYear) {
        this.referenceYear = referenceYear;
        return this;
    }

    public RunBuilder category(String category, String functionalUnit) {
        this.category = category;
        this.functionalUnit = functionalUnit;
        return this;
    }

    public RunBuilder under(String factorSet, String version, String gwpSet) {
        this.factorSet = factorSet;
        this.factorSetVersion = version;
        this.gwpSet = gwpSet;
        return this;
    }

    public RunBuilder calculatedAt(String instant) {
        this.calculatedAt = Instant.parse(instant);
        return this;
    }

    /** The run's total; without it, the sum of its lines. */
    public RunBuilder total(String kgCo2e) {
        this.total = new BigDecimal(kgCo2e);
        return this;
    }

    /** A line in CO2e, its factor of the run's set, of no particular year; the same kg CO2e under every GWP set. */
    public RunBuilder line(String stage, String item, String amount, String unit, String kgCo2e) {
        return line(stage, item, amount, unit, kgCo2e, null, Map.of("AR4", kgCo2e, "AR5", kgCo2e, "AR6", kgCo2e));
    }

    /** A line with a factor of {@code factorYear} and its kg CO2e under each GWP set given. */
    public RunBuilder line(String stage, String item, String amount, String unit, String kgCo2e, Integer factorYear,
            Map<String, String> kgCo2eByGwpSet) {
        Map<String, BigDecimal> byGwpSet = new HashMap<>();
        kgCo2eByGwpSet.forEach((set, kg) -> byGwpSet.put(set, new BigDecimal(kg)));
        String factorName = item + " (" + factorSet + " " + factorSetVersion + ")";
        lines.add(new LineRecord(lines.size() + 1, stage, item, new BigDecimal(amount), unit, new BigDecimal(amount),
                unit, nameUuid("factor:" + factorSet + "/" + item), factorName, factorSet, factorSetVersion, factorYear,
                "CO2E", new BigDecimal(kgCo2e), byGwpSet));
        return this;
    }

    public RunRecord build() {
        BigDecimal kgCo2e = total != null
                ? total
                : lines.stream().map(LineRecord::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> stages = new HashMap<>();
        lines.forEach(line -> stages.merge(line.stage(), line.kgCo2e(), BigDecimal::add));
        return new RunRecord(runId, studyId, product + " " + referenceYear, nameUuid("company:" + company), company,
                nameUuid("facility:" + company + "/" + facility), facility, nameUuid("product:" + company + "/" + product),
                product, category, functionalUnit, false, referenceYear,
                nameUuid("factor-set:" + factorSet + "/" + factorSetVersion), factorSet, factorSetVersion, gwpSet,
                kgCo2e, stages, new BigDecimal("62.5"), new BigDecimal("2.1"), "sha256:" + runId, calculatedAt, lines);
    }

    static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
