package dev.tanji.platform.paging;

import dev.tanji.platform.DomainException;

/**
 * What page a client asks for: at most {@code first} rows after the {@code after} cursor (from the start when
 * {@code null}), and whether to count the rows of all pages ({@link #withoutCount()} when the client does not show
 * the count: one statement less).
 */
public record PageRequest(int first, String after, boolean counted) {

    public static final int DEFAULT_FIRST = 100;
    /** The most rows a page of most lists holds. */
    public static final int MAX_FIRST = 500;
    /** The most rows a page of any list holds (runs, whose pages read their parts in a few statements). */
    public static final int LARGEST_FIRST = 1_000;

    public PageRequest {
        requireFirst(first, LARGEST_FIRST);
        after = after == null || after.isBlank() ? null : after.strip();
    }

    public PageRequest(int first, String after) {
        this(first, after, true);
    }

    /** The same page, without counting the rows of all pages: its {@link Page#totalCount()} is {@code -1}. */
    public PageRequest withoutCount() {
        return new PageRequest(first, after, false);
    }

    /** {@code first} defaults to {@value #DEFAULT_FIRST}, and may be up to {@value #MAX_FIRST}. */
    public static PageRequest of(Integer first, String after) {
        return upTo(MAX_FIRST, first, after);
    }

    /** {@code first} defaults to {@value #DEFAULT_FIRST}, and may be up to {@code max}. */
    public static PageRequest upTo(int max, Integer first, String after) {
        int rows = first == null ? DEFAULT_FIRST : first;
        requireFirst(rows, max);
        return new PageRequest(rows, after);
    }

    /** The first {@code first} rows. */
    public static PageRequest first(int first) {
        return new PageRequest(first, null);
    }

    private static void requireFirst(int first, int max) {
        if (first < 1 || first > max) {
            throw new DomainException("INVALID_INPUT", "first must be between 1 and " + max + ", was " + first);
        }
    }
}
