package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Writes one flat row field by field, each field given by its index in the schema ({@link #column}); a null value
 * leaves an optional field out and fails on a required one. Names are looked up once per table, not once per value:
 * a line item has 31 fields and an export writes millions of them.
 */
final class RowWriter {

    private final RecordConsumer consumer;
    private final String[] names;
    private final boolean[] required;

    RowWriter(MessageType schema, RecordConsumer consumer) {
        this.consumer = consumer;
        this.names = new String[schema.getFieldCount()];
        this.required = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            Type field = schema.getType(i);
            names[i] = field.getName();
            required[i] = field.isRepetition(Type.Repetition.REQUIRED);
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

    void start() {
        consumer.startMessage();
    }

    void end() {
        consumer.endMessage();
    }

    void binary(int field, Binary value) {
        if (present(field, value)) {
            consumer.startField(names[field], field);
            consumer.addBinary(value);
            consumer.endField(names[field], field);
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
        consumer.startField(names[field], field);
        consumer.addInteger(value);
        consumer.endField(names[field], field);
    }

    void int64(int field, long value) {
        consumer.startField(names[field], field);
        consumer.addLong(value);
        consumer.endField(names[field], field);
    }

    void bool(int field, boolean value) {
        consumer.startField(names[field], field);
        consumer.addBoolean(value);
        consumer.endField(names[field], field);
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

    private boolean present(int field, Object value) {
        if (value == null && required[field]) {
            throw new IllegalArgumentException("Column " + names[field] + " is required");
        }
        return value != null;
    }
}
