package dev.tanji.web.user;

import static dev.tanji.user.UserDirectory.MAX_USERNAME_LENGTH;
import static dev.tanji.user.UserDirectory.MIN_PASSWORD_LENGTH;

import dev.tanji.platform.Caller;
import dev.tanji.platform.Role;
import dev.tanji.platform.Roles;
import dev.tanji.user.AccessTokens;
import dev.tanji.user.NewUser;
import dev.tanji.user.UserDirectory;
import dev.tanji.web.graphql.ApiError;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class UserApi {

    /** Letters, digits and {@code . _ @ -}, around which spaces are dropped. */
    private static final String USERNAME = "\\s*[A-Za-z0-9._@-]{1," + MAX_USERNAME_LENGTH + "}\\s*";
    /** bcrypt reads a password's first 72 bytes; a password of more characters has more bytes. */
    private static final int MAX_PASSWORD_CHARS = 72;

    @Inject
    Caller caller;

    @Inject
    UserDirectory users;

    @Inject
    AccessTokens tokens;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    @Description("The signed-in user: name, role and company")
    public @NonNull User me() {
        Role role = caller.role().orElseThrow(() -> new ApiError("FORBIDDEN",
                "User '" + caller.username() + "' is not registered"));
        return new User(caller.username(), RoleName.valueOf(role.name()),
                caller.companyId().map(Object::toString).orElse(null));
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Creates a user who signs in with this name and password (ADMIN only). Every role but ADMIN needs "
            + "the company whose data the user works on")
    public User createUser(@NonNull @Name("username") @Description("Letters, digits and . _ @ -")
            @Pattern(regexp = USERNAME, message = "must be 1 to " + MAX_USERNAME_LENGTH
                    + " letters, digits or . _ @ -") String username,
            @NonNull @Name("password") @Description("8 characters or more (at most 72 bytes)")
            @Size(min = MIN_PASSWORD_LENGTH, max = MAX_PASSWORD_CHARS) String password,
            @NonNull @Name("role") RoleName role,
            @Id @Name("companyId") String companyId) {
        return User.of(users.createUser(new NewUser(username, password, Role.valueOf(role.name()),
                Ids.parse("companyId", companyId))));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Mutation
    @Description("Changes the signed-in user's password, given the current one; access tokens issued before stop "
            + "working")
    public boolean changePassword(@NonNull @Name("currentPassword") String currentPassword,
            @NonNull @Name("newPassword") @Description("8 characters or more (at most 72 bytes)")
            @Size(min = MIN_PASSWORD_LENGTH, max = MAX_PASSWORD_CHARS) String newPassword) {
        users.changeOwnPassword(currentPassword, newPassword);
        return true;
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Sets a user's password, for one who has lost theirs (ADMIN only); their access tokens stop working")
    public User resetPassword(@NonNull @Name("username") String username,
            @NonNull @Name("newPassword") @Description("8 characters or more (at most 72 bytes)")
            @Size(min = MIN_PASSWORD_LENGTH, max = MAX_PASSWORD_CHARS) String newPassword) {
        return User.of(users.resetPassword(username, newPassword));
    }

    @RolesAllowed(Roles.ADMIN)
    @Mutation
    @Description("Removes a user (ADMIN only), who can no longer sign in; their access tokens stop working at once")
    public User deleteUser(@NonNull @Name("username") String username) {
        return User.of(users.deleteUser(username));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Mutation
    @Description("A signed access token for the signed-in user, to send as `Authorization: Bearer <accessToken>` "
            + "until it expires")
    public @NonNull AccessToken createAccessToken() {
        return AccessToken.of(tokens.issue());
    }
}
