package dev.tanji.analytics.warehouse;

import java.util.List;
import org.apache.parquet.schema.MessageType;

/** Objects of one kind as the rows of one flat table: its schema, and how a row's fields are written. */
abstract class Table<T> {

    private final MessageType schema;
    private final List<String> withoutDictionary;

    Table(MessageType schema, List<String> withoutDictionary) {
        this.schema = schema;
        this.withoutDictionary = List.copyOf(withoutDictionary);
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

    /** Writes every field of {@code value}'s row, each once, by its index in the schema. */
    abstract void writeFields(T value, RowWriter row);
}
