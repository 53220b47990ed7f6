package dev.tanji.analytics.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Rows of a query result under named columns; the first row of {@link #cells} is the header. */
final class Table<T> {

    /** A named column of a row's values; an id column is left out of the aligned table. */
    record Column<T>(String name, Function<T, ?> value, boolean id) {
    }

    private final List<T> rows;
    private final List<Column<T>> columns = new ArrayList<>();

    private Table(List<T> rows) {
        this.rows = List.copyOf(rows);
    }

    static <T> Table<T> of(List<T> rows) {
        return new Table<>(rows);
    }

    Table<T> column(String name, Function<T, ?> value) {
        columns.add(new Column<>(name, value, false));
        return this;
    }

    Table<T> id(String name, Function<T, ?> value) {
        columns.add(new Column<>(name, value, true));
        return this;
    }

    List<Column<?>> columns() {
        return List.copyOf(columns);
    }

    /** The header, then each row's values as text: decimals as written, nothing for null. */
    List<List<String>> cells(List<Column<?>> shown) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(shown.stream().map(Column::name).toList());
        for (T row : rows) {
            cells.add(shown.stream().map(column -> text(valueOf(column, row))).toList());
        }
        return cells;
    }

    /** Whether a column holds numbers, to be aligned right. */
    boolean isNumeric(Column<?> column) {
        return rows.stream().map(row -> valueOf(column, row)).filter(Objects::nonNull).findFirst()
                .map(value -> value instanceof Number).orElse(false);
    }

    @SuppressWarnings("unchecked")
    private Object valueOf(Column<?> column, T row) {
        return ((Column<T>) column).value().apply(row);
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
