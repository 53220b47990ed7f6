package dev.tanji.user;

import dev.tanji.platform.Role;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code app_user}; Elytron's JDBC realm reads the same row to authenticate its user.
 *
 * <p>Kept in the second-level cache: every request reads its caller's row ({@code Caller}), and users change only
 * through this entity, which updates or evicts the cached row when its transaction commits. Elytron still reads the
 * password and role from the table itself.
 */
@Cacheable
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

    @Column(name = "tokens_valid_after")
    private Instant tokensValidAfter;

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

    /** Access tokens issued before this instant are refused; empty if none has been revoked. */
    public Optional<Instant> tokensValidAfter() {
        return Optional.ofNullable(tokensValidAfter);
    }

    String passwordHash() {
        return passwordHash;
    }

    /** A new password; every access token issued before {@code now} stops working. */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.tokensValidAfter = now;
    }
}
