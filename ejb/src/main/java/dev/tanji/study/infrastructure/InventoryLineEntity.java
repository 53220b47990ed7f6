package dev.tanji.study.infrastructure;

import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    /** The factor the line names itself; {@code null} when it is looked up by {@link #factorName} or direct. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "factor_id")
    private EmissionFactorEntity factor;

    /** A factor name looked up in the study's factor sets at each calculation. */
    @Column(name = "factor_name")
    private String factorName;

    /** The gas a direct-emission line emits (a Gas code); the line then has no factor. */
    @Column(name = "direct_gas")
    private String directGas;

    @Column(name = "facility_total", nullable = false)
    private boolean facilityTotal;

    @Embedded
    private AllocationFigures allocation;

    @Embedded
    private TransportLeg transport;

    @Embedded
    private LineData data;

    protected InventoryLineEntity() {
    }

    /** Exactly one of {@code factor}, {@code factorName} and {@code directGas} is given. */
    public InventoryLineEntity(StudyEntity study, int lineNo, String stage, String item, BigDecimal amount,
            String unit, EmissionFactorEntity factor, String factorName, String directGas, boolean facilityTotal,
            AllocationFigures allocation, TransportLeg transport, LineData data) {
        this.id = UUID.randomUUID();
        this.study = study;
        this.lineNo = lineNo;
        this.stage = stage;
        this.item = item;
        this.amount = amount;
        this.unit = unit;
        this.factor = factor;
        this.factorName = factorName;
        this.directGas = directGas;
        this.facilityTotal = facilityTotal;
        this.allocation = allocation;
        this.transport = transport;
        this.data = data;
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

    public String factorName() {
        return factorName;
    }

    public String directGas() {
        return directGas;
    }

    /** {@code null} if the line is not allocated. */
    public AllocationFigures allocation() {
        return allocation;
    }

    /** {@code null} if the amount was entered directly. */
    public TransportLeg transport() {
        return transport;
    }

    public LineData data() {
        return data == null ? new LineData(null, null, null, null, false, false) : data;
    }
}
