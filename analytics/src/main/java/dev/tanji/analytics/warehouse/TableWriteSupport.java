package dev.tanji.analytics.warehouse;

import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes objects of one kind as the rows of one flat table. */
abstract class TableWriteSupport<T> extends WriteSupport<T> {

    private final MessageType schema;
    private final List<String> withoutDictionary;
    private RowWriter row;

    TableWriteSupport(MessageType schema, List<String> withoutDictionary) {
        this.schema = schema;
        this.withoutDictionary = List.copyOf(withoutDictionary);
    }

    /**
     * The columns written without a dictionary: those whose values hardly repeat, for which Parquet would build a
     * dictionary only to drop it for plain encoding once the first page shows it saves nothing.
     */
    final List<String> withoutDictionary() {
        return withoutDictionary;
    }

    abstract void writeFields(T value, RowWriter row);

    @Override
    public final WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(schema, Map.of());
    }

    /** Still abstract in parquet-java; the writer calls the {@link ParquetConfiguration} variant above. */
    @Override
    @SuppressWarnings("deprecation")
    public final WriteContext init(Configuration configuration) {
        return new WriteContext(schema, Map.of());
    }

    @Override
    public final void prepareForWrite(RecordConsumer recordConsumer) {
        row = new RowWriter(schema, recordConsumer);
    }

    @Override
    public final void write(T value) {
        row.start();
        writeFields(value, row);
        row.end();
    }
}
