package dev.tanji.platform.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param nodes the rows, in the list's order
 * @param hasNextPage whether rows follow the last one
 * @param endCursor the cursor of the last row, to pass as {@code after} for the next page; {@code null} when empty
 * @param totalCount how many rows the same filters select, over all pages; {@code -1} if not counted
 *     ({@link PageRequest#withoutCount()})
 */
public record Page<T>(List<T> nodes, boolean hasNextPage, String endCursor, long totalCount) {

    public Page {
        nodes = List.copyOf(nodes);
    }

    /** The same page with each row turned into another; cursors and counts are unchanged. */
    public <U> Page<U> map(Function<? super T, ? extends U> mapping) {
        return new Page<>(nodes.stream().<U>map(mapping).toList(), hasNextPage, endCursor, totalCount);
    }
}
