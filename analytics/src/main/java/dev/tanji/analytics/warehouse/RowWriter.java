package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes one flat row field by field, straight to parquet-java's column writers, each field given by its index in the
 * schema ({@link #column}); a null value leaves an optional field out and fails on a required one. A field is a
 * column of a flat schema: repetition level 0, and the column's one definition level when present. A line item has
 * 31 fields and an export writes millions of them.
 */
final class RowWriter {

    private final String[] names;
    private final boolean[] required;
    private final int[] presentLevel;
    private final ColumnWriter[] columns;

    RowWriter(MessageType schema) {
        List<ColumnDescriptor> descriptors = schema.getColumns();
        this.names = new String[schema.getFieldCount()];
        this.required = new boolean[names.length];
        this.presentLevel = new int[names.length];
        this.columns = new ColumnWriter[names.length];
        for (int i = 0; i < names.length; i++) {
            Type field = schema.getType(i);
            if (!field.isPrimitive() || field.isRepetition(Type.Repetition.REPEATED)) {
                throw new IllegalArgumentException("Not a flat schema: " + field);
            }
            names[i] = field.getName();
            required[i] = field.isRepetition(Type.Repetition.REQUIRED);
            presentLevel[i] = descriptors.get(i).getMaxDefinitionLevel();
        }
    }

    /** Writes the rows that follow into {@code store}'s columns (a row group's). */
    void writeTo(MessageType schema, ColumnWriteStore store) {
        writeTo(schema, store::getColumnWriter);
    }

    /** Writes the rows that follow into the column writers {@code columns} gives for the schema's columns. */
    void writeTo(MessageType schema, Function<ColumnDescriptor, ColumnWriter> columns) {
        List<ColumnDescriptor> descriptors = schema.getColumns();
        for (int i = 0; i < this.columns.length; i++) {
            this.columns[i] = columns.apply(descriptors.get(i));
        }
    }

    /** The index of {@code name} in {@code schema}, for the methods below. */
    static int column(MessageType schema, String name) {
        return schema.getFieldIndex(name);
    }

    /**
     * A string as Parquet stores it, UTF-8 in a byte array of its own. (Parquet's dictionaries and statistics
     * compare array-backed values byte by byte, and the same value at once; {@code Binary.fromString} wraps a
     * buffer they read a byte at a time.)
     */
    static Binary utf8(String value) {
        return value == null ? null : Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }

    /** A UUID as the warehouse stores it: its text, UTF-8. */
    static Binary utf8(UUID value) {
        return value == null ? null : utf8(value.toString());
    }

    /** An instant as the warehouse stores it: microseconds since the epoch, UTC. */
    static long micros(Instant value) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, value);
    }

    void binary(int field, Binary value) {
        if (present(field, value)) {
            columns[field].write(value, 0, presentLevel[field]);
        }
    }

    void string(int field, String value) {
        binary(field, utf8(value));
    }

    void uuid(int field, UUID value) {
        binary(field, utf8(value));
    }

    void int32(int field, Integer value) {
        if (present(field, value)) {
            int32(field, value.intValue());
        }
    }

    void int32(int field, int value) {
        columns[field].write(value, 0, presentLevel[field]);
    }

    void int64(int field, long value) {
        columns[field].write(value, 0, presentLevel[field]);
    }

    void bool(int field, boolean value) {
        columns[field].write(value, 0, presentLevel[field]);
    }

    void decimal(int field, BigDecimal value) {
        if (present(field, value)) {
            int64(field, Decimals.unscaled(value));
        }
    }

    void timestampMicros(int field, Instant value) {
        if (present(field, value)) {
            int64(field, micros(value));
        }
    }

    /** Whether {@code value} is there to write; writes the null of an optional field. */
    private boolean present(int field, Object value) {
        if (value != null) {
            return true;
        }
        if (required[field]) {
            throw new IllegalArgumentException("Column " + names[field] + " is required");
        }
        columns[field].writeNull(0, 0);
        return false;
    }
}
