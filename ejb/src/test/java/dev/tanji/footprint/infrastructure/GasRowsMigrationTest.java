package dev.tanji.footprint.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tanji.platform.referencedata.ScratchDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V9 takes away the {@code CO2E} rows that runs calculated before kept for their lines in CO2e alone, and only
 * those that say nothing their line does not: on H2 and PostgreSQL, a store at version 8 holding one run of every
 * kind of line is migrated, and the gas rows left are checked.
 */
class GasRowsMigrationTest {

    private static final UUID RUN = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    private final List<ScratchDatabase> stores = new ArrayList<>();

    @AfterEach
    void dropStores() throws SQLException {
        for (ScratchDatabase store : stores) {
            store.drop();
        }
    }

    @Test
    void onH2() throws SQLException {
        migrateAndCheck(ScratchDatabase.h2());
    }

    @Test
    void onPostgresql() throws SQLException {
        migrateAndCheck(ScratchDatabase.postgresql());
    }

    private void migrateAndCheck(ScratchDatabase store) throws SQLException {
        stores.add(store);
        assertThat(store.flyway("8").migrate().targetSchemaVersion).isEqualTo("8");
        try (Connection connection = store.connect()) {
            storeRunOfEveryKindOfLine(connection);
        }

        assertThat(store.flyway().migrate().migrationsExecuted).isEqualTo(1);

        try (Connection connection = store.connect()) {
            assertThat(gasRows(connection)).containsExactly(
                    // 1: CO2e alone, its row the line's kg: gone; 2: its kg of CO2e to 18 decimals: kept
                    tuple(2, "CO2E", new BigDecimal("4.000000000000000001")),
                    // 3: CO2e with CO2 beside it: both kept
                    tuple(3, "CO2", new BigDecimal("1.000000000000000000")),
                    tuple(3, "CO2E", new BigDecimal("2.000000000000000000")),
                    // 4: CO2 alone: kept; 5: no row, as lines in CO2e alone are stored now
                    tuple(4, "CO2", new BigDecimal("7.000000000000000000")));
            assertThat(count(connection, "SELECT count(*) FROM run_line")).isEqualTo(5);
        }
    }

    /** One run of five lines, with the gas rows a calculation stored before this version. */
    private static void storeRunOfEveryKindOfLine(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO company (id, name, created_at) VALUES"
                    + " ('00000000-0000-0000-0000-0000000000c1', 'Northwind Castings', CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO facility (id, company_id, name, created_at) VALUES"
                    + " ('00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000c1', 'plant',"
                    + " CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO product (id, company_id, name, functional_unit, created_at) VALUES"
                    + " ('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000c1', 'valve',"
                    + " '1 valve', CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO factor_set (id, company_id, name, version, created_at, owner_key) VALUES"
                    + " ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000c1', 'own', '1',"
                    + " CURRENT_TIMESTAMP, '00000000-0000-0000-0000-0000000000c1')");
            statement.execute("INSERT INTO study (id, company_id, product_id, facility_id, factor_set_id, name,"
                    + " reference_year, gwp_set, created_at) VALUES ('00000000-0000-0000-0000-0000000000d1',"
                    + " '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-0000000000b1',"
                    + " '00000000-0000-0000-0000-0000000000f1', '00000000-0000-0000-0000-0000000000e1', 'PCF 2024',"
                    + " 2024, 'AR6', CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO calculation_run (id, study_id, company_id, factor_set_id, gwp_set,"
                    + " reference_year, total_kg_co2e, input_hash, calculated_at) VALUES ('" + RUN + "',"
                    + " '00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000c1',"
                    + " '00000000-0000-0000-0000-0000000000e1', 'AR6', 2024, 21, 'hash', CURRENT_TIMESTAMP)");
        }
        line(connection, 1, "20.5");
        line(connection, 2, "4");
        line(connection, 3, "3");
        line(connection, 4, "7");
        line(connection, 5, "1.5");
        gas(connection, 1, "CO2E", "20.500000000000000000", "1", "20.5");
        gas(connection, 2, "CO2E", "4.000000000000000001", "1", "4");
        gas(connection, 3, "CO2E", "2", "1", "2");
        gas(connection, 3, "CO2", "1", "1", "1");
        gas(connection, 4, "CO2", "7", "1", "7");
    }

    private static void line(Connection connection, int lineNo, String kgCo2e) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO run_line (run_id, line_no, stage,"
                + " item, amount, unit, amount_in_factor_unit, factor_unit, factor_kg_co2e_per_unit, kg_co2e,"
                + " share_percent) VALUES (?, ?, 'PRODUCTION', ?, 1, 'kg', 1, 'kg', ?, ?, 0)")) {
            statement.setObject(1, RUN);
            statement.setInt(2, lineNo);
            statement.setString(3, "item " + lineNo);
            statement.setBigDecimal(4, new BigDecimal(kgCo2e));
            statement.setBigDecimal(5, new BigDecimal(kgCo2e));
            statement.executeUpdate();
        }
    }

    private static void gas(Connection connection, int lineNo, String gas, String kgGas, String gwp, String kgCo2e)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO run_line_gas (run_id, line_no,"
                + " gas, kg_gas, gwp, kg_co2e) VALUES (?, ?, ?, ?, ?, ?)")) {
            statement.setObject(1, RUN);
            statement.setInt(2, lineNo);
            statement.setString(3, gas);
            statement.setBigDecimal(4, new BigDecimal(kgGas));
            statement.setBigDecimal(5, new BigDecimal(gwp));
            statement.setBigDecimal(6, new BigDecimal(kgCo2e));
            statement.executeUpdate();
        }
    }

    private static List<Tuple> gasRows(Connection connection) throws SQLException {
        List<Tuple> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT line_no, gas, kg_gas FROM run_line_gas ORDER BY line_no, gas");
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                rows.add(tuple(result.getInt(1), result.getString(2), result.getBigDecimal(3)));
            }
        }
        return rows;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
