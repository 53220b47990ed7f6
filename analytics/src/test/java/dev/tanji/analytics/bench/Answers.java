package dev.tanji.analytics.bench;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The rows a query answered with, compared across engines: the same number of rows, in the same order, with equal
 * values. Numbers are compared as decimals. A figure computed in DOUBLE and cast to six places can come out one unit
 * of the sixth place apart in two engines (they convert between DECIMAL and DOUBLE differently), and a sum of such
 * figures (the annual trend's effects) a few units; so a difference of at most 0.00001 counts as a rounding
 * difference, reported apart with the largest one, and anything more as a different answer.
 */
record Answers(List<String> columns, List<List<Object>> rows) {

    private static final BigDecimal ROUNDING = new BigDecimal("0.00001");

    static Answers of(ResultSet result) throws SQLException {
        int count = result.getMetaData().getColumnCount();
        List<String> columns = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            columns.add(result.getMetaData().getColumnLabel(c));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (result.next()) {
            List<Object> row = new ArrayList<>(count);
            for (int c = 1; c <= count; c++) {
                row.add(normalised(result.getObject(c)));
            }
            rows.add(row);
        }
        return new Answers(columns, rows);
    }

    /**
     * Records as rows, their components in order under {@code columns}: a query's answer as the API gives it, to be
     * compared with the SQL's rows.
     */
    static Answers ofRecords(List<String> columns, List<? extends Record> records) {
        List<List<Object>> rows = new ArrayList<>(records.size());
        for (Record record : records) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            List<Object> row = new ArrayList<>(components.length);
            for (RecordComponent component : components) {
                try {
                    row.add(normalised(component.getAccessor().invoke(record)));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(row);
        }
        return new Answers(columns, rows);
    }

    private static Object normalised(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue());
        }
        return value == null ? null : value.toString();
    }

    /** What this answer has in common with {@code other}, or where it first differs. */
    String compareWith(Answers other) {
        if (!columns.equals(other.columns)) {
            return "DIFFERENT columns: " + columns + " and " + other.columns;
        }
        if (rows.size() != other.rows.size()) {
            return "DIFFERENT row counts: " + rows.size() + " and " + other.rows.size();
        }
        long values = 0;
        long rounding = 0;
        BigDecimal largest = BigDecimal.ZERO;
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                Object mine = rows.get(r).get(c);
                Object theirs = other.rows.get(r).get(c);
                values++;
                if (mine instanceof BigDecimal a && theirs instanceof BigDecimal b) {
                    BigDecimal difference = a.subtract(b).abs();
                    if (difference.signum() == 0) {
                        continue;
                    }
                    if (difference.compareTo(ROUNDING) <= 0) {
                        rounding++;
                        largest = largest.max(difference);
                        continue;
                    }
                }
                if (!Objects.equals(mine, theirs)) {
                    return "DIFFERENT at row " + (r + 1) + ", " + columns.get(c) + ": " + mine + " and " + theirs;
                }
            }
        }
        return "same " + rows.size() + " rows, " + values + " values equal"
                + (rounding > 0 ? " (" + rounding + " of them to within " + largest.toPlainString() + ")" : "");
    }
}
