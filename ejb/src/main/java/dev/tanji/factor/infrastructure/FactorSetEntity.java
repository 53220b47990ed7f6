package dev.tanji.factor.infrastructure;

import dev.tanji.company.infrastructure.CompanyEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A versioned collection of emission factors; with no company it is shared reference data. */
@Entity
@Table(name = "factor_set")
public class FactorSetEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @Column(nullable = false)
    private String name;

    private String publisher;

    @Column(nullable = false)
    private String version;

    @Column(name = "publication_year")
    private Integer publicationYear;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FactorSetEntity() {
    }

    public FactorSetEntity(CompanyEntity company, String name, String publisher, String version,
            Integer publicationYear, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.name = name;
        this.publisher = publisher;
        this.version = version;
        this.publicationYear = publicationYear;
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

    public String publisher() {
        return publisher;
    }

    public String version() {
        return version;
    }

    public Integer publicationYear() {
        return publicationYear;
    }
}
