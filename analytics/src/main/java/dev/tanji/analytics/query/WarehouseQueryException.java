package dev.tanji.analytics.query;

/** A warehouse query failed in DuckDB. */
public final class WarehouseQueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WarehouseQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
