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

    /** The IPCC report (AR4, AR5, AR6) the publisher characterised CO2e figures with; null if not stated. */
    @Column(name = "gwp_basis", length = 10)
    private String gwpBasis;

    /** The citation of the set as a whole; each factor carries its own too. */
    @Column(length = 2000)
    private String source;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Names and versions are unique per owner: the company's id, or {@value #SHARED} (V7 migration). */
    @Column(name = "owner_key", nullable = false, length = 36)
    private String ownerKey;

    static final String SHARED = "shared";

    protected FactorSetEntity() {
    }

    public FactorSetEntity(CompanyEntity company, String name, String publisher, String version,
            Integer publicationYear, String gwpBasis, String source, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.name = name;
        this.publisher = publisher;
        this.version = version;
        this.publicationYear = publicationYear;
        this.gwpBasis = gwpBasis;
        this.source = source;
        this.createdAt = createdAt;
        this.ownerKey = company == null ? SHARED : company.id().toString();
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

    public String gwpBasis() {
        return gwpBasis;
    }

    public String source() {
        return source;
    }
}
