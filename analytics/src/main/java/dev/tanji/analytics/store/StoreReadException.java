package dev.tanji.analytics.store;

import java.sql.SQLException;

/** Reading the store failed: the database said why. */
public class StoreReadException extends RuntimeException {

    public StoreReadException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
