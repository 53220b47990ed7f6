package dev.tanji.study.infrastructure;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** A footprint study: one product made at one facility in a reference year, with its inventory. */
@Entity
@Table(name = "study")
public class StudyEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private ProductEntity product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private FacilityEntity facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "factor_set_id")
    private FactorSetEntity factorSet;

    @Column(nullable = false)
    private String name;

    @Column(name = "reference_year", nullable = false)
    private int referenceYear;

    @Column(name = "gwp_set", nullable = false)
    private String gwpSet;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private StudyScope scope;

    /** Every factor set the study draws on, the primary one first: factor lookup tries them in this order. */
    @ManyToMany
    @JoinTable(name = "study_factor_set", joinColumns = @JoinColumn(name = "study_id"),
            inverseJoinColumns = @JoinColumn(name = "factor_set_id"))
    @OrderColumn(name = "priority")
    private List<FactorSetEntity> factorSets = new ArrayList<>();

    /** Other ways the study states its functional unit. */
    @ElementCollection
    @CollectionTable(name = "study_unit_statement", joinColumns = @JoinColumn(name = "study_id"))
    @OrderColumn(name = "seq")
    @Column(name = "statement")
    private List<String> unitStatements = new ArrayList<>();

    @OneToMany(mappedBy = "study", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<InventoryLineEntity> lines = new ArrayList<>();

    protected StudyEntity() {
    }

    public StudyEntity(ProductEntity product, FacilityEntity facility, List<FactorSetEntity> factorSets,
            String name, int referenceYear, String gwpSet, StudyScope scope, List<String> unitStatements,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.company = product.company();
        this.product = product;
        this.facility = facility;
        this.factorSet = factorSets.get(0);
        this.factorSets = new ArrayList<>(factorSets);
        this.scope = scope;
        this.unitStatements = new ArrayList<>(unitStatements);
        this.name = name;
        this.referenceYear = referenceYear;
        this.gwpSet = gwpSet;
        this.createdAt = createdAt;
    }

    public void addLine(InventoryLineEntity line) {
        lines.add(line);
    }

    public UUID id() {
        return id;
    }

    public CompanyEntity company() {
        return company;
    }

    public ProductEntity product() {
        return product;
    }

    public FacilityEntity facility() {
        return facility;
    }

    public FactorSetEntity factorSet() {
        return factorSet;
    }

    /** The primary set first, then the others in priority order. */
    public List<FactorSetEntity> factorSets() {
        return Collections.unmodifiableList(factorSets);
    }

    public StudyScope scope() {
        return scope;
    }

    public List<String> unitStatements() {
        return Collections.unmodifiableList(unitStatements);
    }

    public String name() {
        return name;
    }

    public int referenceYear() {
        return referenceYear;
    }

    public String gwpSet() {
        return gwpSet;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public List<InventoryLineEntity> lines() {
        return Collections.unmodifiableList(lines);
    }
}
