package dev.tanji.analytics.warehouse;

import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.values.ValuesWriter;
import org.apache.parquet.column.values.dictionary.DictionaryValuesWriter.PlainBinaryDictionaryValuesWriter;
import org.apache.parquet.column.values.factory.DefaultValuesWriterFactory;
import org.apache.parquet.column.values.factory.ValuesWriterFactory;
import org.apache.parquet.column.values.fallback.FallbackValuesWriter;
import org.apache.parquet.column.values.plain.PlainValuesWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * parquet-java's values writers (format version 1), except for string columns with a dictionary: theirs looks a
 * value up by hashing its bytes, and a line item repeats its run's ids, names and sets line after line. Here a value
 * given again as the same object as the one before takes that one's dictionary entry at once. The entries, their
 * order, the pages and the fallback to plain encoding are parquet-java's.
 *
 * <p>A value must not change once given: the warehouse's strings are constant byte arrays
 * ({@link Binary#fromConstantByteArray}); any other value is looked up as parquet-java does.
 */
final class RepeatedValueDictionaries implements ValuesWriterFactory {

    private final DefaultValuesWriterFactory defaults = new DefaultValuesWriterFactory();
    private ParquetProperties properties;

    @Override
    public void initialize(ParquetProperties properties) {
        if (properties.getWriterVersion() != ParquetProperties.WriterVersion.PARQUET_1_0) {
            throw new IllegalArgumentException("Writes format version 1 only, not " + properties.getWriterVersion());
        }
        this.properties = properties;
        defaults.initialize(properties);
    }

    @Override
    public ValuesWriter newValuesWriter(ColumnDescriptor column) {
        if (column.getPrimitiveType().getPrimitiveTypeName() != PrimitiveTypeName.BINARY
                || !properties.isDictionaryEnabled(column)) {
            return defaults.newValuesWriter(column);
        }
        return FallbackValuesWriter.of(
                new Dictionary(properties.getDictionaryPageSizeThreshold(), properties.getAllocator()),
                new PlainValuesWriter(properties.getInitialSlabSize(), properties.getPageSizeThreshold(),
                        properties.getAllocator()));
    }

    /** A string column's dictionary that remembers the entry of the value before. */
    static final class Dictionary extends PlainBinaryDictionaryValuesWriter {

        private Binary last;
        private int lastId;

        Dictionary(int maxDictionaryByteSize, ByteBufferAllocator allocator) {
            super(maxDictionaryByteSize, Encoding.PLAIN_DICTIONARY, Encoding.PLAIN_DICTIONARY, allocator);
        }

        /** As parquet-java's: a new value gets the next id and a copy of it is kept; its id is written. */
        @Override
        public void writeBytes(Binary value) {
            if (value != last || value.isBackingBytesReused()) {
                int id = binaryDictionaryContent.getInt(value);
                if (id == -1) {
                    id = binaryDictionaryContent.size();
                    binaryDictionaryContent.put(value.copy(), id);
                    dictionaryByteSize += 4L + value.length();
                }
                last = value;
                lastId = id;
            }
            encodedValues.add(lastId);
        }

        @Override
        protected void clearDictionaryContent() {
            super.clearDictionaryContent();
            last = null;
        }
    }
}
