package dev.tanji.analytics.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/** Nullable values of a result row, as the warehouse stores them. */
final class Rows {

    private Rows() {
    }

    static UUID uuid(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : UUID.fromString(value);
    }

    static Integer integer(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static Integer integer(ResultSet row, int column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
