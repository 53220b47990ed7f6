package dev.tanji.platform;

import dev.tanji.user.UserEntity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, for the length of one request: the authenticated user's name, and the role and company stored
 * with it in {@code app_user}, read once, on first use. Services inject it to scope what they read and write to the
 * caller's company.
 *
 * <p>Whether a call is allowed at all is the container's check ({@code @RolesAllowed}), not this bean's. A caller
 * with no row in {@code app_user} (the anonymous identity of a start-up task) has no role and no company.
 */
@RequestScoped
public class Caller {

    @Inject
    Principal principal;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    private Optional<UserEntity> user;

    public String username() {
        return principal == null ? "anonymous" : principal.getName();
    }

    public Optional<Role> role() {
        return user().map(UserEntity::role);
    }

    /** The company the caller works on; empty for an ADMIN without one. */
    public Optional<UUID> companyId() {
        return user().map(UserEntity::companyId);
    }

    /** Access tokens of the caller issued before this instant are refused (their password changed since). */
    public Optional<Instant> tokensValidAfter() {
        return user().flatMap(UserEntity::tokensValidAfter);
    }

    public boolean isAdmin() {
        return role().filter(Role.ADMIN::equals).isPresent();
    }

    private Optional<UserEntity> user() {
        if (user == null) {
            user = Optional.ofNullable(em.find(UserEntity.class, username()));
        }
        return user;
    }
}
