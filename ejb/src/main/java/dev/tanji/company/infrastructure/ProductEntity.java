package dev.tanji.company.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "product")
public class ProductEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @Column(nullable = false)
    private String name;

    private String category;

    /** ISO 14067 3.1.3.4: the quantified performance every result is expressed per, e.g. "1 valve actuator". */
    @Column(name = "functional_unit", nullable = false)
    private String functionalUnit;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProductEntity() {
    }

    public ProductEntity(CompanyEntity company, String name, String category, String functionalUnit,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.name = name;
        this.category = category;
        this.functionalUnit = functionalUnit;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public CompanyEntity company() {
        return company;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String functionalUnit() {
        return functionalUnit;
    }
}
