package dev.tanji.user;

import dev.tanji.platform.Role;
import dev.tanji.platform.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Lets someone in to a store with no users (a new production database, where no demo users are made): if
 * environment variable {@code TANJI_ADMIN_PASSWORD} is set, creates the ADMIN {@code TANJI_ADMIN_USER} (default
 * {@code admin}) with it. Once any user exists, the variables are ignored; that ADMIN creates everyone else.
 */
@Singleton
@Startup
@DependsOn("DemoData")
@RunAs(Roles.ADMIN)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    UserDirectory users;

    @PostConstruct
    void createIfNoUsers() {
        String password = System.getenv("TANJI_ADMIN_PASSWORD");
        if (password == null || password.isEmpty() || users.count() > 0) {
            return;
        }
        String username = System.getenv().getOrDefault("TANJI_ADMIN_USER", "admin");
        users.createUser(new NewUser(username, password, Role.ADMIN, null));
        LOG.info(() -> "Created the first user, '" + username + "' (ADMIN), from TANJI_ADMIN_PASSWORD");
    }
}
