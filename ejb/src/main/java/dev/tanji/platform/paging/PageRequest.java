package dev.tanji.platform.paging;

import dev.tanji.platform.DomainException;

/**
 * What page a client asks for: at most {@code first} rows after the {@code after} cursor (from the start when
 * {@code null}).
 */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_FIRST = 100;
    public static final int MAX_FIRST = 500;

    public PageRequest {
        if (first < 1 || first > MAX_FIRST) {
            throw new DomainException("INVALID_INPUT",
                    "first must be between 1 and " + MAX_FIRST + ", was " + first);
        }
        after = after == null || after.isBlank() ? null : after.strip();
    }

    /** {@code first} defaults to {@value #DEFAULT_FIRST}. */
    public static PageRequest of(Integer first, String after) {
        return new PageRequest(first == null ? DEFAULT_FIRST : first, after);
    }

    /** The first {@code first} rows. */
    public static PageRequest first(int first) {
        return new PageRequest(first, null);
    }
}
