package dev.tanji.analytics.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.PGResultSetMetaData;
import org.postgresql.PGStatement;

/**
 * Results in PostgreSQL's binary form, through the PostgreSQL driver (pgjdbc): it asks for them only for statements
 * prepared on the server, which it does from a statement's fifth execution on, or from the first with a prepare
 * threshold of -1. A chunk's statements run once each, so they get that threshold. In binary, the server sends a
 * UUID as 16 bytes and a numeric as its base-10000 digits, where in text it formats every one of them and the driver
 * parses them back.
 *
 * <p>The driver is an optional dependency: where its classes are not visible (an application server that keeps the
 * driver in a module of its own), or the statement is not the driver's, results stay text.
 */
final class PostgresBinary {

    private static final int BINARY = 1;

    private PostgresBinary() {
    }

    /** Asks for binary results of {@code statement}; whether the driver was there to ask. */
    static boolean ask(PreparedStatement statement) throws SQLException {
        try {
            if (!statement.isWrapperFor(PGStatement.class)) {
                return false;
            }
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            return true;
        } catch (LinkageError e) {
            return false;
        }
    }

    /**
     * Whether {@code column} of {@code rows} came in binary: the driver takes binary only for the types it decodes,
     * which a connection may narrow ({@code binaryTransferDisable}).
     */
    static boolean isBinary(ResultSet rows, int column) throws SQLException {
        try {
            return rows.getMetaData().isWrapperFor(PGResultSetMetaData.class)
                    && rows.getMetaData().unwrap(PGResultSetMetaData.class).getFormat(column) == BINARY;
        } catch (LinkageError e) {
            return false;
        }
    }
}
