package dev.tanji.analytics.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReusedConnectionsTest {

    private final List<Connection> physical = new ArrayList<>();
    private final String url = "jdbc:h2:mem:reused-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final ConnectionFactory database = ConnectionFactory.of(url, "sa", "");
    private final ReusedConnections connections = new ReusedConnections(() -> {
        Connection connection = database.open();
        physical.add(connection);
        return connection;
    });

    @BeforeEach
    void createTable() throws SQLException {
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE t (n INT)");
        }
    }

    @AfterEach
    void closeAll() throws SQLException {
        connections.close();
        try (Connection connection = database.open(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void aClosedConnectionIsHandedOutAgainAndASecondAtOnceIsOpenedAnew() throws SQLException {
        try (Connection first = connections.open()) {
            count(first);
        }
        try (Connection again = connections.open(); Connection second = connections.open()) {
            count(again);
            count(second);
        }
        try (Connection third = connections.open()) {
            count(third);
        }

        assertThat(connections.opened()).isEqualTo(2);
        assertThat(physical).hasSize(2).noneMatch(ReusedConnectionsTest::isClosed);
    }

    @Test
    void aConnectionComesBackInAutoCommitWithWhatItLeftUncommittedRolledBack() throws SQLException {
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("INSERT INTO t VALUES (1)");
        }

        try (Connection connection = connections.open()) {
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(count(connection)).isZero();
        }
        assertThat(connections.opened()).isEqualTo(1);
    }

    @Test
    void aReturnedConnectionCannotBeUsedByItsFormerUser() throws SQLException {
        Connection connection = connections.open();
        connection.close();
        connection.close();

        assertThat(connection.isClosed()).isTrue();
        assertThatThrownBy(connection::createStatement).isInstanceOf(SQLException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void closingClosesEveryConnectionAndRefusesMore() throws SQLException {
        Connection lent = connections.open();
        connections.open().close();

        connections.close();

        assertThat(physical).isNotEmpty().allMatch(ReusedConnectionsTest::isClosed);
        assertThatThrownBy(connections::open).isInstanceOf(SQLException.class);
        lent.close();
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM t")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean isClosed(Connection connection) {
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
