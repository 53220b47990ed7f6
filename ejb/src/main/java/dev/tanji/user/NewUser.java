package dev.tanji.user;

import dev.tanji.platform.Role;
import java.util.UUID;

/** A user to create: its clear password is hashed at once and never stored. */
public record NewUser(String username, String password, Role role, UUID companyId) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + ", companyId=" + companyId + "]";
    }
}
