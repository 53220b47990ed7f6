package dev.tanji.platform;

import dev.tanji.user.UserEntity;
import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The company whose rows one call may read and write: every company for an ADMIN, else the caller's own (from
 * {@code app_user}). A caller with another role but no company sees nothing. Rows of another company are answered as
 * if they did not exist ({@code NOT_FOUND}), so that a caller learns nothing of them, not even that they exist;
 * shared factor sets (of no company) are readable by everyone and written by ADMINs only.
 *
 * <p>Built per call from the session bean's own context, whose caller is the one the container checked roles for,
 * including an {@code @RunAs} identity.
 */
public final class CompanyScope {

    /** Matches no company: the scope of a non-ADMIN caller without one. */
    private static final UUID NO_COMPANY = new UUID(0, 0);

    private static final CompanyScope EVERY_COMPANY = new CompanyScope(null);

    private final UUID company;

    private CompanyScope(UUID company) {
        this.company = company;
    }

    /** The scope of {@code context}'s caller. */
    public static CompanyScope of(EJBContext context, EntityManager em) {
        if (context.isCallerInRole(Roles.ADMIN)) {
            return EVERY_COMPANY;
        }
        UserEntity user = em.find(UserEntity.class, context.getCallerPrincipal().getName());
        return new CompanyScope(user == null || user.companyId() == null ? NO_COMPANY : user.companyId());
    }

    /** Every company, for tests and jobs that run outside any caller. */
    public static CompanyScope everyCompany() {
        return EVERY_COMPANY;
    }

    /** Only {@code companyId}'s rows. */
    public static CompanyScope company(UUID companyId) {
        return new CompanyScope(Objects.requireNonNull(companyId, "companyId"));
    }

    public boolean isEveryCompany() {
        return company == null;
    }

    /**
     * The company list queries must be restricted to, or {@code null} for none: the value for {@code Conditions.add},
     * which leaves a condition out when its value is {@code null}.
     */
    public UUID restriction() {
        return company;
    }

    /** The caller's company; empty for an ADMIN. */
    public Optional<UUID> ownCompany() {
        return Optional.ofNullable(company).filter(id -> !NO_COMPANY.equals(id));
    }

    /** Whether the caller may see the rows of {@code companyId}. */
    public boolean includes(UUID companyId) {
        return company == null || company.equals(companyId);
    }

    /** Whether the caller may read a factor set of {@code companyId}, {@code null} for a shared one. */
    public boolean readsFactorSetOf(UUID companyId) {
        return companyId == null || includes(companyId);
    }

    /** {@code entity}, when it belongs to a company the caller may see; otherwise {@code NOT_FOUND}. */
    public <T> T require(T entity, UUID companyId, String what, UUID id) {
        if (entity == null || !includes(companyId)) {
            throw new NotFoundException(what, id);
        }
        return entity;
    }

    /** Refuses, unless the caller may write shared rows (rows of no company): only ADMINs may. */
    public void requireSharedWrite(String what) {
        if (!isEveryCompany()) {
            throw new DomainException("FORBIDDEN", "Only an administrator may create shared " + what
                    + "; give the companyId of your company");
        }
    }

    @Override
    public String toString() {
        return company == null ? "every company" : "company " + company;
    }
}
