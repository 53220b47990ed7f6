package dev.tanji.analytics.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * How the statements reading a chunk of runs name the chunk's runs and give back decimals and text. On any database:
 * an {@code IN} list of a parameter per run, values as the driver makes them. On PostgreSQL: the runs as one
 * {@code uuid[]} parameter ({@code = any(?)}), which the server parses and plans as one value instead of hundreds,
 * and results in binary where the driver allows it ({@link PostgresBinary}), decimals decoded by
 * {@link NumericBinary}, text made once per value of a column ({@link RepeatedStrings}).
 */
class ChunkStatements {

    static ChunkStatements of(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName()) ? new Postgres()
                : new ChunkStatements();
    }

    /** A statement selecting {@code ids}: {@code sql} ends with the column they are ids of. */
    PreparedStatement select(Connection connection, String sql, List<UUID> ids) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql + " in (" + String.join(", ",
                Collections.nCopies(ids.size(), "?")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            statement.setObject(i + 1, ids.get(i));
        }
        return statement;
    }

    /** The columns of {@code rows}, read as this database sends them. */
    Columns columns(ResultSet rows) throws SQLException {
        return new Columns(rows);
    }

    /** The decimal and text columns of one result, as the driver gives them. */
    static class Columns {

        final ResultSet rows;

        Columns(ResultSet rows) {
            this.rows = rows;
        }

        /** The column's value as the driver gives it. */
        BigDecimal exact(int column) throws SQLException {
            return rows.getBigDecimal(column);
        }

        /**
         * The column's value without the trailing zeros of its declared scale: kg of gas, stored to 18 places,
         * would otherwise need a {@code BigInteger} for every value and for every product with a GWP, where a
         * {@code long} holds the digits that are there.
         */
        BigDecimal trimmed(int column) throws SQLException {
            return trimmed(rows.getString(column));
        }

        String text(int column) throws SQLException {
            return rows.getString(column);
        }

        static BigDecimal trimmed(String text) {
            if (text == null) {
                return null;
            }
            int end = text.length();
            if (text.indexOf('.') >= 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0) {
                while (text.charAt(end - 1) == '0') {
                    end--;
                }
                if (text.charAt(end - 1) == '.') {
                    end--;
                }
            }
            return new BigDecimal(end == text.length() ? text : text.substring(0, end));
        }
    }

    private static final class Postgres extends ChunkStatements {

        @Override
        PreparedStatement select(Connection connection, String sql, List<UUID> ids) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql + " = any(?)");
            try {
                PostgresBinary.ask(statement);
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
            return statement;
        }

        @Override
        Columns columns(ResultSet rows) throws SQLException {
            return new PostgresColumns(rows);
        }
    }

    /**
     * Decimals sent in binary decoded from their bytes, any sent as text read as text. Text made from the UTF-8 bytes
     * the server sent (pgjdbc speaks UTF-8 to the server and gives a text column's bytes as they came), a value
     * repeated in a column made once ({@link RepeatedStrings}).
     */
    private static final class PostgresColumns extends Columns {

        /** Per column: unknown yet (0), binary (1) or text (-1). */
        private final byte[] binary;
        private final RepeatedStrings[] texts;

        PostgresColumns(ResultSet rows) throws SQLException {
            super(rows);
            int columns = rows.getMetaData().getColumnCount() + 1;
            this.binary = new byte[columns];
            this.texts = new RepeatedStrings[columns];
        }

        @Override
        BigDecimal exact(int column) throws SQLException {
            return isBinary(column) ? decoded(column) : super.exact(column);
        }

        @Override
        BigDecimal trimmed(int column) throws SQLException {
            return isBinary(column) ? decoded(column) : super.trimmed(column);
        }

        @Override
        String text(int column) throws SQLException {
            byte[] utf8 = rows.getBytes(column);
            if (utf8 == null) {
                return null;
            }
            if (texts[column] == null) {
                texts[column] = new RepeatedStrings();
            }
            return texts[column].of(utf8);
        }

        private BigDecimal decoded(int column) throws SQLException {
            byte[] bytes = rows.getBytes(column);
            return bytes == null ? null : NumericBinary.decode(bytes);
        }

        private boolean isBinary(int column) throws SQLException {
            if (binary[column] == 0) {
                binary[column] = PostgresBinary.isBinary(rows, column) ? (byte) 1 : (byte) -1;
            }
            return binary[column] > 0;
        }
    }
}
