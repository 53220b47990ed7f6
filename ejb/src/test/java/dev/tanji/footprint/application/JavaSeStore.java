package dev.tanji.footprint.application;

import dev.tanji.company.infrastructure.CompanyEntity;
import dev.tanji.company.infrastructure.FacilityEntity;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.factor.infrastructure.EmissionFactorEntity;
import dev.tanji.factor.infrastructure.FactorSetEntity;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.platform.referencedata.V3__Reference_data;
import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.StudyEntity;
import dev.tanji.warehouse.ExportJobEntity;
import jakarta.persistence.EntityManager;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;

/**
 * The {@code tanji} entities on Hibernate in Java SE, over a fresh in-memory H2 database that the product's Flyway
 * migrations built, with the persistence unit's settings. It records every SQL statement prepared on the connections
 * it gives Hibernate, whether Hibernate prepares it or code given a connection by Hibernate does.
 */
public final class JavaSeStore implements AutoCloseable {

    private static final List<Class<?>> ENTITIES = List.of(CompanyEntity.class, FacilityEntity.class,
            ProductEntity.class, FactorSetEntity.class, EmissionFactorEntity.class, StudyEntity.class,
            InventoryLineEntity.class, RunEntity.class, ExportJobEntity.class);

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final SessionFactory sessions;

    public JavaSeStore() {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .javaMigrations(new V3__Reference_data()).load().migrate();
        Configuration configuration = new Configuration()
                .setProperty("hibernate.hbm2ddl.auto", "none")
                // as in META-INF/persistence.xml
                .setProperty("hibernate.jdbc.batch_size", "100")
                .setProperty("hibernate.order_inserts", "true")
                .setProperty("hibernate.default_batch_fetch_size", "100");
        configuration.getProperties().put(AvailableSettings.CONNECTION_PROVIDER, recordingConnections());
        ENTITIES.forEach(configuration::addAnnotatedClass);
        sessions = configuration.buildSessionFactory();
    }

    /** Connections to the database that record the SQL of every statement prepared on them. */
    private ConnectionProvider recordingConnections() {
        return new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return recording(DriverManager.getConnection(url, "sa", ""));
            }

            @Override
            public void closeConnection(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public boolean supportsAggressiveRelease() {
                return false;
            }

            @Override
            public boolean isUnwrappableAs(Class<?> type) {
                return false;
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException("Not a wrapper: " + type);
            }
        };
    }

    private Connection recording(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
                        statements.add(sql);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Runs {@code work} in a transaction of its own, as a call of a stateless session bean does. */
    public <T> T call(Function<EntityManager, T> work) {
        try (EntityManager em = sessions.createEntityManager()) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        }
    }

    public void run(Consumer<EntityManager> work) {
        call(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The database's JDBC URL (user sa, no password). */
    public String url() {
        return url;
    }

    /** A plain JDBC connection to the same database. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "sa", "");
    }

    /** The statements prepared since the last call, and forgets them. */
    List<String> takeStatements() {
        synchronized (statements) {
            List<String> taken = List.copyOf(statements);
            statements.clear();
            return taken;
        }
    }

    @Override
    public void close() throws SQLException {
        sessions.close();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }
}
