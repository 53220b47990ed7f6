package dev.tanji.footprint.infrastructure;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A calculation run as stored: written once, never updated (no setters, no update path). A recalculation is a new run; the input hash tells
 * identical recalculations apart from ones whose inputs changed.
 */
@Entity
@Table(name = "calculation_run")
public class RunEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private StudyEntity study;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_set_id")
    private FactorSetEntity factorSet;

    @Column(name = "gwp_set", nullable = false)
    private String gwpSet;

    @Column(name = "reference_year", nullable = false)
    private int referenceYear;

    @Column(name = "total_kg_co2e", nullable = false, precision = 38, scale = 12)
    private BigDecimal totalKgCo2e;

    @Column(name = "input_hash", nullable = false)
    private String inputHash;

    @Column(name = "calculated_at", nullable = false)
    private Instant calculatedAt;

    @ElementCollection
    @CollectionTable(name = "run_stage", joinColumns = @JoinColumn(name = "run_id"))
    private List<RunStage> stages;

    @ElementCollection
    @CollectionTable(name = "run_line", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("lineNo")
    private List<RunLine> lines;

    @ElementCollection
    @CollectionTable(name = "run_line_gas", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("lineNo")
    private List<RunLineGas> gases;

    @ElementCollection
    @CollectionTable(name = "run_excluded_line", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("lineNo")
    private List<RunExcludedLine> excludedLines;

    @Embedded
    private RunSummary summary;

    @ElementCollection
    @CollectionTable(name = "run_warning", joinColumns = @JoinColumn(name = "run_id"))
    @OrderBy("seq")
    private List<RunWarning> warnings;

    protected RunEntity() {
    }

    /**
     * @param factorSet the primary factor set the run used (the study's own, or the one it was recalculated under)
     * @param gwpSet the GWP set the run used
     */
    public RunEntity(StudyEntity study, FactorSetEntity factorSet, String gwpSet, BigDecimal totalKgCo2e,
            String inputHash, Instant calculatedAt, List<RunStage> stages, List<RunLine> lines,
            List<RunLineGas> gases, List<RunExcludedLine> excludedLines, RunSummary summary,
            List<RunWarning> warnings) {
        this.id = UUID.randomUUID();
        this.study = study;
        this.company = study.company();
        this.factorSet = factorSet;
        this.gwpSet = gwpSet;
        this.gases = List.copyOf(gases);
        this.excludedLines = List.copyOf(excludedLines);
        this.summary = summary;
        this.referenceYear = study.referenceYear();
        this.totalKgCo2e = totalKgCo2e;
        this.inputHash = inputHash;
        this.calculatedAt = calculatedAt;
        this.stages = List.copyOf(stages);
        this.lines = List.copyOf(lines);
        this.warnings = List.copyOf(warnings);
    }

    public UUID id() {
        return id;
    }

    public StudyEntity study() {
        return study;
    }

    public CompanyEntity company() {
        return company;
    }

    public FactorSetEntity factorSet() {
        return factorSet;
    }

    public String gwpSet() {
        return gwpSet;
    }

    public int referenceYear() {
        return referenceYear;
    }

    public BigDecimal totalKgCo2e() {
        return totalKgCo2e;
    }

    public String inputHash() {
        return inputHash;
    }

    public Instant calculatedAt() {
        return calculatedAt;
    }

    public List<RunStage> stages() {
        return stages;
    }

    public List<RunLine> lines() {
        return lines;
    }

    public List<RunLineGas> gases() {
        return gases;
    }

    public List<RunExcludedLine> excludedLines() {
        return excludedLines;
    }

    public RunSummary summary() {
        return summary;
    }

    public List<RunWarning> warnings() {
        return warnings;
    }
}
