package dev.tanji.user;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.Role;
import dev.tanji.platform.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Manages the users who may call the API: an ADMIN creates and removes users and resets passwords; every user changes
 * their own password. A changed password also revokes the access tokens issued before it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class UserDirectory {

    public static final int MAX_USERNAME_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 8;
    /** Letters, digits and {@code . _ @ -}: no colon (HTTP Basic splits on it), no spaces to mistype. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]+");

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public UserView createUser(NewUser input) {
        String username = requireUsername(input.username());
        requirePassword(input.password());
        Role role = input.role();
        if (role == null) {
            throw new DomainException("INVALID_INPUT", "role is missing: one of ADMIN, EDITOR, ANALYST, VIEWER");
        }
        UUID companyId = input.companyId();
        if (companyId == null && role != Role.ADMIN) {
            throw new DomainException("INVALID_INPUT", "companyId is missing: a user with role " + role
                    + " works on one company's data");
        }
        if (companyId != null && em.find(CompanyEntity.class, companyId) == null) {
            throw new NotFoundException("company", companyId);
        }
        if (exists(username)) {
            throw new DomainException("DUPLICATE_NAME", "A user named '" + username + "' already exists");
        }
        UserEntity user = new UserEntity(username, PasswordHashes.bcrypt(input.password()), role, companyId,
                Instant.now());
        em.persist(user);
        return UserView.of(user);
    }

    /** The signed-in user's new password, given the current one. */
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserEntity user = user(context.getCallerPrincipal().getName());
        if (currentPassword == null || !PasswordHashes.matches(currentPassword, user.passwordHash())) {
            throw new DomainException("WRONG_PASSWORD", "The current password is not right; the password is unchanged");
        }
        requirePassword(newPassword);
        user.changePassword(PasswordHashes.bcrypt(newPassword), Instant.now());
    }

    /** Sets another user's password, for one who has lost theirs; their access tokens stop working. */
    public UserView resetPassword(String username, String newPassword) {
        UserEntity user = user(username);
        requirePassword(newPassword);
        user.changePassword(PasswordHashes.bcrypt(newPassword), Instant.now());
        return UserView.of(user);
    }

    /**
     * Removes a user, who can no longer sign in; their access tokens stop working at once, since every request reads
     * the caller's role from {@code app_user}. An ADMIN cannot remove themselves, so there is always one left.
     */
    public UserView deleteUser(String username) {
        UserEntity user = user(username);
        if (user.username().equals(context.getCallerPrincipal().getName())) {
            throw new DomainException("INVALID_INPUT", "You cannot remove yourself; another ADMIN can");
        }
        em.remove(user);
        return UserView.of(user);
    }

    private UserEntity user(String username) {
        UserEntity user = username == null ? null : em.find(UserEntity.class, username.strip());
        if (user == null) {
            throw new DomainException("NOT_FOUND", "No user named '" + username + "'");
        }
        return user;
    }

    /** How many users there are: none on a new store until demo data or the first administrator is set up. */
    public long count() {
        return em.createQuery("select count(u) from UserEntity u", Long.class).getSingleResult();
    }

    /** Names differing only in case would be told apart at sign-in but not by people, so they count as one. */
    private boolean exists(String username) {
        return !em.createQuery("select u.username from UserEntity u where lower(u.username) = :name", String.class)
                .setParameter("name", username.toLowerCase(Locale.ROOT)).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static String requireUsername(String value) {
        String username = value == null ? "" : value.strip();
        if (username.isEmpty() || username.length() > MAX_USERNAME_LENGTH || !USERNAME.matcher(username).matches()) {
            throw new DomainException("INVALID_INPUT", "username '" + value + "' must be 1 to " + MAX_USERNAME_LENGTH
                    + " letters, digits or . _ @ -");
        }
        return username;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("INVALID_INPUT", "password must be at least " + MIN_PASSWORD_LENGTH
                    + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHashes.MAX_PASSWORD_BYTES) {
            throw new DomainException("INVALID_INPUT", "password must be at most " + PasswordHashes.MAX_PASSWORD_BYTES
                    + " bytes long in UTF-8 (bcrypt ignores the rest)");
        }
    }
}
