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
@Table(name = "facility")
public class FacilityEntity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private CompanyEntity company;

    @Column(nullable = false)
    private String name;

    /** The electricity grid region the facility draws from, e.g. "North China"; compared with factor regions. */
    @Column(name = "grid_region")
    private String gridRegion;

    private String province;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FacilityEntity() {
    }

    public FacilityEntity(CompanyEntity company, String name, String gridRegion, String province, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.company = company;
        this.name = name;
        this.gridRegion = gridRegion;
        this.province = province;
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

    public String gridRegion() {
        return gridRegion;
    }

    public String province() {
        return province;
    }
}
