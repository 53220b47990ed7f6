package dev.tanji.user;

import dev.tanji.platform.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code app_user}; Elytron's JDBC realm reads the same row to authenticate its user. */
@Entity
@Table(name = "app_user")
public class UserEntity {

    @Id
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "company_id")
    private UUID companyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserEntity() {
    }

    UserEntity(String username, String passwordHash, Role role, UUID companyId, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.companyId = companyId;
        this.createdAt = createdAt;
    }

    public String username() {
        return username;
    }

    public Role role() {
        return role;
    }

    public UUID companyId() {
        return companyId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
