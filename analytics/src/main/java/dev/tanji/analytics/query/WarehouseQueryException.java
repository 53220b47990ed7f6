package dev.tanji.analytics.query;

import java.util.Objects;

/**
 * A warehouse query could not be answered. {@link #code()} says why, in a form that stays the same from release to
 * release (an API error's {@code extensions.code}); the message says what to do about it.
 */
public final class WarehouseQueryException extends RuntimeException {

    /** Why a query was not answered. */
    public enum Code {
        /** DuckDB failed to run the query, or to start. */
        WAREHOUSE_QUERY_FAILED,
        /** The criteria contradict themselves or lack what the query needs. */
        INVALID_INPUT,
        /** The product asked about has no run in the warehouse for the year asked about. */
        NOT_IN_WAREHOUSE,
        /** Too few companies have a comparable product for a benchmark that reveals none of them. */
        BENCHMARK_GROUP_TOO_SMALL
    }

    private static final long serialVersionUID = 1L;

    private final Code code;

    public WarehouseQueryException(String message, Throwable cause) {
        super(message, cause);
        this.code = Code.WAREHOUSE_QUERY_FAILED;
    }

    public WarehouseQueryException(Code code, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
    }

    static WarehouseQueryException invalidInput(String message) {
        return new WarehouseQueryException(Code.INVALID_INPUT, message);
    }

    public Code code() {
        return code;
    }
}
