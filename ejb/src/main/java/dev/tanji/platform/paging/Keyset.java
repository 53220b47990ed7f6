package dev.tanji.platform.paging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sort key of a list: JPQL paths, each ascending or descending, whose values together identify a row (the last
 * path is the id). It orders the query, writes the cursor of a row, and turns a cursor back into the condition
 * "after that row". A cursor names its list, so one list's cursor is refused by another.
 */
public final class Keyset {

    private record Column(String path, boolean descending, Function<String, ?> parse) {
    }

    private final String list;
    private final List<Column> columns;

    private Keyset(String list, List<Column> columns) {
        this.list = list;
        this.columns = List.copyOf(columns);
    }

    /** An empty key for the list named {@code list}; add columns most significant first. */
    public static Keyset of(String list) {
        return new Keyset(list, List.of());
    }

    /** Adds a column sorted ascending; {@code parse} reads its value back from a cursor. */
    public Keyset ascending(String path, Function<String, ?> parse) {
        return with(new Column(path, false, parse));
    }

    public Keyset descending(String path, Function<String, ?> parse) {
        return with(new Column(path, true, parse));
    }

    private Keyset with(Column column) {
        List<Column> more = new ArrayList<>(columns);
        more.add(column);
        return new Keyset(list, more);
    }

    /** {@code " order by a asc, b desc"}. */
    public String orderBy() {
        return columns.stream().map(c -> c.path() + (c.descending() ? " desc" : " asc"))
                .collect(Collectors.joining(", ", " order by ", ""));
    }

    /** The cursor of a row whose sort key has {@code values}, in column order. */
    public String cursor(List<?> values) {
        if (values.size() != columns.size()) {
            throw new IllegalArgumentException("A " + list + " key has " + columns.size() + " values, not " + values);
        }
        List<String> parts = new ArrayList<>();
        parts.add(list);
        values.forEach(value -> parts.add(String.valueOf(value)));
        return Cursor.encode(parts);
    }

    /**
     * Narrows {@code where} to the rows after the cursor: for a key (a asc, b asc) and cursor values (x, y),
     * {@code a >= x and (a > x or (a = x and b > y))}. The leading {@code a >= x} lets an index on (a, b) range-scan.
     */
    public void after(String cursor, Conditions where) {
        List<Object> values = values(cursor);
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> alternatives = new ArrayList<>();
        StringBuilder equalSoFar = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String parameter = "after" + i;
            parameters.put(parameter, values.get(i));
            String beyond = column.descending() ? " < :" : " > :";
            alternatives.add("(" + equalSoFar + column.path() + beyond + parameter + ")");
            equalSoFar.append(column.path()).append(" = :").append(parameter).append(" and ");
        }
        Column first = columns.get(0);
        where.add(first.path() + (first.descending() ? " <= :after0" : " >= :after0") + " and ("
                + String.join(" or ", alternatives) + ")", parameters);
    }

    /** The typed values of a cursor of this list. */
    List<Object> values(String cursor) {
        List<String> parts = Cursor.decode(cursor);
        if (parts.size() != columns.size() + 1 || !parts.get(0).equals(list)) {
            throw Cursor.invalid(cursor);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            try {
                values.add(columns.get(i).parse().apply(parts.get(i + 1)));
            } catch (RuntimeException e) {
                throw Cursor.invalid(cursor);
            }
        }
        return values;
    }
}
