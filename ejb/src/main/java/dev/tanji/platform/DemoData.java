package dev.tanji.platform;

import dev.tanji.company.application.CompanyDirectory;
import dev.tanji.footprint.application.FootprintCalculation;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.study.application.StudyImport;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
 * (case A) and calculates it. System property {@code tanji.demo-data}: {@code auto} (the default: only on the
 * embedded H2 database), {@code true} or {@code false}.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DemoData {

    static final String DOCUMENT = "demo/seed-a-valve-actuator.json";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Resource(lookup = "java:jboss/datasources/TanjiDS")
    private DataSource dataSource;

    @Inject
    CompanyDirectory companies;

    @Inject
    StudyImport studyImport;

    @Inject
    FootprintCalculation calculation;

    @PostConstruct
    void loadIntoEmptyStore() {
        if (!wanted() || companies.companies(null, PageRequest.first(1)).totalCount() > 0) {
            return;
        }
        var study = studyImport.importDocument(read(DOCUMENT));
        var run = calculation.calculate(study.id());
        LOG.info(() -> "Demo data loaded: study '" + study.name() + "', total " + run.totalKgCo2e().toPlainString()
                + " kg CO2e per " + run.functionalUnit());
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
