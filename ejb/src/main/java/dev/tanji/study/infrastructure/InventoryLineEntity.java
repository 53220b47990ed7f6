package dev.tanji.study.infrastructure;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "inventory_line")
public class InventoryLineEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "study_id")
    private StudyEntity study;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(nullable = false)
    private String stage;

    @Column(nullable = false)
    private String item;

    @Column(nullable = false, precision = 38, scale = 12)
    private BigDecimal amount;

    @Column(nullable = false)
    private String unit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_id")
    private EmissionFactorEntity factor;

    @Column(name = "facility_total", nullable = false)
    private boolean facilityTotal;

    @Column(name = "allocation_output", precision = 38, scale = 12)
    private BigDecimal allocationOutput;

    @Column(name = "allocation_basis")
    private String allocationBasis;

    protected InventoryLineEntity() {
    }

    public InventoryLineEntity(StudyEntity study, int lineNo, String stage, String item, BigDecimal amount,
            String unit, EmissionFactorEntity factor, boolean facilityTotal, BigDecimal allocationOutput,
            String allocationBasis) {
        this.id = UUID.randomUUID();
        this.study = study;
        this.lineNo = lineNo;
        this.stage = stage;
        this.item = item;
        this.amount = amount;
        this.unit = unit;
        this.factor = factor;
        this.facilityTotal = facilityTotal;
        this.allocationOutput = allocationOutput;
        this.allocationBasis = allocationBasis;
    }

    public UUID id() {
        return id;
    }

    public int lineNo() {
        return lineNo;
    }

    public String stage() {
        return stage;
    }

    public String item() {
        return item;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String unit() {
        return unit;
    }

    public EmissionFactorEntity factor() {
        return factor;
    }

    public boolean facilityTotal() {
        return facilityTotal;
    }

    public BigDecimal allocationOutput() {
        return allocationOutput;
    }

    public String allocationBasis() {
        return allocationBasis;
    }
}
