package dev.tanji.user;

import dev.tanji.platform.Role;
import java.time.Instant;
import java.util.UUID;

/** A user as the API shows it: never its password hash. */
public record UserView(String username, Role role, UUID companyId, Instant createdAt) {

    static UserView of(UserEntity user) {
        return new UserView(user.username(), user.role(), user.companyId(), user.createdAt());
    }
}
