package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Test runs that read like the domain: {@code aRun().of("Acme", "pump housing").at("Plant A").in(2024)...}. */
public final class RunBuilder {

    private UUID runId = UUID.randomUUID();
    private final UUID studyId = UUID.randomUUID();
    private String company = "Acme Castings";
    private String facility = "Shenyang foundry";
    private String product = "grey iron pump housing";
    private int referenceYear = 2024;
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

    public RunBuilder calculatedAt(String instant) {
        this.calculatedAt = Instant.parse(instant);
        return this;
    }

    /** The run's total; without it, the sum of its lines. */
    public RunBuilder total(String kgCo2e) {
        this.total = new BigDecimal(kgCo2e);
        return this;
    }

    public RunBuilder line(String stage, String item, String amount, String unit, String kgCo2e) {
        lines.add(new LineRecord(lines.size() + 1, stage, item, new BigDecimal(amount), unit,
                item + " (cradle to gate)", "ecoinvent 3.10", new BigDecimal(kgCo2e)));
        return this;
    }

    public RunRecord build() {
        BigDecimal kgCo2e = total != null
                ? total
                : lines.stream().map(LineRecord::kgCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RunRecord(runId, studyId, company, facility, product, "1 pump housing, 20.2 kg", referenceYear,
                "ecoinvent 3.10", "IPCC AR6 GWP100", kgCo2e, "sha256:" + runId, calculatedAt, lines);
    }
}
