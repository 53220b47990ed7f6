package dev.tanji.analytics.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/** Writes one flat row field by field; a null value leaves an optional field out and fails on a required one. */
final class RowWriter {

    private final MessageType schema;
    private final RecordConsumer consumer;

    RowWriter(MessageType schema, RecordConsumer consumer) {
        this.schema = schema;
        this.consumer = consumer;
    }

    void start() {
        consumer.startMessage();
    }

    void end() {
        consumer.endMessage();
    }

    void string(String field, String value) {
        if (present(field, value)) {
            write(field, () -> consumer.addBinary(Binary.fromString(value)));
        }
    }

    void uuid(String field, UUID value) {
        string(field, value == null ? null : value.toString());
    }

    void int32(String field, Integer value) {
        if (present(field, value)) {
            write(field, () -> consumer.addInteger(value));
        }
    }

    void bool(String field, boolean value) {
        write(field, () -> consumer.addBoolean(value));
    }

    void decimal(String field, BigDecimal value) {
        if (present(field, value)) {
            long unscaled = Decimals.unscaled(value);
            write(field, () -> consumer.addLong(unscaled));
        }
    }

    void timestampMicros(String field, Instant value) {
        if (present(field, value)) {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, value);
            write(field, () -> consumer.addLong(micros));
        }
    }

    private boolean present(String field, Object value) {
        if (value == null && schema.getType(field).isRepetition(Type.Repetition.REQUIRED)) {
            throw new IllegalArgumentException("Column " + field + " is required");
        }
        return value != null;
    }

    private void write(String field, Runnable value) {
        int index = schema.getFieldIndex(field);
        consumer.startField(field, index);
        value.run();
        consumer.endField(field, index);
    }
}
