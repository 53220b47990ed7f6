package dev.tanji.company.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "company")
public class CompanyEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @Column(name = "credit_code")
    private String creditCode;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CompanyEntity() {
    }

    public CompanyEntity(String name, String creditCode, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.creditCode = creditCode;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String creditCode() {
        return creditCode;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
