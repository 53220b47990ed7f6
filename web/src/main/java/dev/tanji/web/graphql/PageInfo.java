package dev.tanji.web.graphql;

import dev.tanji.platform.paging.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page ends. To read the next page, pass endCursor as the list's `after` argument")
public record PageInfo(boolean hasNextPage,
        @Description("Opaque cursor of the page's last node; null for an empty page") String endCursor) {

    /** The description of every list's {@code first} argument. */
    public static final String FIRST = "How many nodes to read: 1 to 500, 100 if left out";
    /** The description of every list's {@code after} argument. */
    public static final String AFTER = "The pageInfo.endCursor of the previous page; left out, the list starts at its "
            + "first node";

    public static PageInfo of(Page<?> page) {
        return new PageInfo(page.hasNextPage(), page.endCursor());
    }

    /** A page's total count as a GraphQL Int. */
    public static int totalCount(Page<?> page) {
        return (int) Math.min(page.totalCount(), Integer.MAX_VALUE);
    }
}
