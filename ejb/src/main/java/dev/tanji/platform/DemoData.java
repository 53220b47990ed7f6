package dev.tanji.platform;

import dev.tanji.company.application.CompanyDirectory;
import dev.tanji.footprint.application.FootprintCalculation;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.study.application.StudyImport;
import dev.tanji.user.NewUser;
import dev.tanji.user.UserDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Gives a new user something to look at: on the first start of an empty store, imports the valve actuator study
 * (case A) and calculates it; on a store with no users, creates the demo users (README, "Users and roles"). System
 * property {@code tanji.demo-data}: {@code auto} (the default: only on the embedded H2 database), {@code true} or
 * {@code false}. Runs as ADMIN, since the services it calls check roles.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@RunAs(Roles.ADMIN)
public class DemoData {

    static final String DOCUMENT = "demo/seed-a-valve-actuator.json";
    /** The company of the demo study, whose data the demo editor, analyst and viewer work on. */
    static final String COMPANY = "天津百利二通机械有限公司";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource(lookup = "java:jboss/datasources/TanjiDS")
    private DataSource dataSource;

    @Inject
    CompanyDirectory companies;

    @Inject
    StudyImport studyImport;

    @Inject
    FootprintCalculation calculation;

    @Inject
    UserDirectory users;

    @PostConstruct
    void loadIntoEmptyStore() {
        if (!wanted()) {
            return;
        }
        if (companies.companies(null, PageRequest.first(1)).totalCount() == 0) {
            var study = studyImport.importDocument(read(DOCUMENT));
            var run = calculation.calculate(study.id());
            LOG.info(() -> "Demo data loaded: study '" + study.name() + "', total "
                    + run.totalKgCo2e().toPlainString() + " kg CO2e per " + run.functionalUnit());
        }
        if (users.count() == 0) {
            createDemoUsers();
        }
    }

    /** An ADMIN, and an EDITOR, ANALYST and VIEWER of the demo company if it is there; each password is documented. */
    private void createDemoUsers() {
        users.createUser(new NewUser("admin", "tanji-admin", Role.ADMIN, null));
        companies.companyNamed(COMPANY).ifPresent(company -> {
            users.createUser(new NewUser("editor", "tanji-editor", Role.EDITOR, company.id()));
            users.createUser(new NewUser("analyst", "tanji-analyst", Role.ANALYST, company.id()));
            users.createUser(new NewUser("viewer", "tanji-viewer", Role.VIEWER, company.id()));
        });
        LOG.info("Demo users created: admin, editor, analyst and viewer (passwords in README)");
    }

    private boolean wanted() {
        String setting = System.getProperty("tanji.demo-data", "auto").strip().toLowerCase(Locale.ROOT);
        return switch (setting) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded();
        };
    }

    private boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to decide on demo data", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
