package dev.tanji.analytics.warehouse;

import java.util.List;
import org.apache.parquet.schema.MessageType;

/** Objects of one kind as the rows of one flat table: its schema, and how a row's fields are written. */
abstract class Table<T> {

    private final MessageType schema;
    private final List<String> withoutDictionary;
    private final List<String> repeating;

    Table(MessageType schema, List<String> withoutDictionary) {
        this(schema, withoutDictionary, List.of());
    }

    Table(MessageType schema, List<String> withoutDictionary, List<String> repeating) {
        this.schema = schema;
        this.withoutDictionary = List.copyOf(withoutDictionary);
        this.repeating = List.copyOf(repeating);
        for (String column : repeating) {
            if (!schema.containsField(column)) {
                throw new IllegalArgumentException("No column " + column + " in " + schema.getName());
            }
        }
    }

    final MessageType messageType() {
        return schema;
    }

    /**
     * The columns written without a dictionary: those whose values hardly repeat, for which Parquet would build a
     * dictionary only to drop it for plain encoding once the first page shows it saves nothing.
     */
    final List<String> withoutDictionary() {
        return withoutDictionary;
    }

    /**
     * The columns whose value repeats over consecutive rows, as a run's keys do on each of its lines: written a
     * stretch of the same value at a time ({@link RepeatingColumn}).
     */
    final List<String> repeating() {
        return repeating;
    }

    /** Writes every field of {@code value}'s row, each once, by its index in the schema. */
    abstract void writeFields(T value, RowWriter row);
}
