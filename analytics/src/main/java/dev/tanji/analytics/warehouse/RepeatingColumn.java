package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageWriter;
import org.apache.parquet.column.statistics.SizeStatistics;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.column.statistics.geospatial.GeospatialStatistics;
import org.apache.parquet.io.ParquetEncodingException;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * One column of a row group whose value repeats over consecutive rows, as a line item repeats its run's ids, names
 * and sets on each of a run's lines. It takes the rows' values one by one, as any column writer does, and gathers a
 * stretch of the same value (the same {@code Binary} object, the same number, or null); when the stretch ends, it is
 * written once, not row by row: one run of the RLE/bit-packing hybrid encoding for its definition level and one for
 * its dictionary id, its statistics updated once.
 *
 * <p>The pages are Parquet V1 data pages as parquet-java's V1 column writer writes them: definition levels RLE with
 * their length first (optional columns only), values dictionary-encoded ({@code PLAIN_DICTIONARY}: the ids' bit
 * width, then their runs) while the dictionary stays within the properties' dictionary page size, plain afterwards;
 * min/max and null counts, and the size of the strings before encoding, per page; a page ends at the properties'
 * row count limit or when its values, plain, would reach the page size. A page without any value is plain (empty).
 *
 * <p>Flat columns (repetition level 0) of {@code BINARY}, {@code INT64} or {@code INT32} values.
 */
final class RepeatingColumn implements ColumnWriter {

    private static final byte NONE = 0;
    private static final byte NULL = 1;
    private static final byte BINARY = 2;
    private static final byte LONG = 3;
    private static final byte INT = 4;

    private final ColumnDescriptor column;
    private final PageWriter pages;
    private final ParquetProperties properties;
    private final PrimitiveTypeName type;
    private final boolean optional;
    private final int maxDictionaryBytes;

    /** The dictionary: each value's id, and the values, plain-encoded, in id order. */
    private final Map<Object, Integer> ids = new HashMap<>();
    private final Bytes dictionary = new Bytes();
    private boolean plain;

    /** The page being gathered. */
    private final Bytes definitionLevels = new Bytes();
    private int levelRunValue = -1;
    private int levelRunRows;
    private int[] idRuns = new int[64];
    private int idRunCount;
    private final Bytes plainValues = new Bytes();
    private Statistics<?> statistics;
    private long unencodedBytes;
    private long plainBytes;
    private int pageRows;

    /** The stretch being gathered: its kind of value, the value, its id in the dictionary, and its rows so far. */
    private byte kind = NONE;
    private Binary binary;
    private long number;
    private int rows;
    private Binary lastBinary;
    private int lastBinaryId = -1;

    RepeatingColumn(ColumnDescriptor column, PageWriter pages, ParquetProperties properties) {
        if (column.getMaxRepetitionLevel() != 0 || column.getMaxDefinitionLevel() > 1) {
            throw new IllegalArgumentException("Not a flat column: " + column);
        }
        this.column = column;
        this.pages = pages;
        this.properties = properties;
        this.type = column.getPrimitiveType().getPrimitiveTypeName();
        if (type != PrimitiveTypeName.BINARY && type != PrimitiveTypeName.INT64 && type != PrimitiveTypeName.INT32) {
            throw new IllegalArgumentException("Only BINARY, INT64 and INT32 columns repeat: " + column);
        }
        this.optional = column.getMaxDefinitionLevel() == 1;
        this.maxDictionaryBytes = properties.getDictionaryPageSizeThreshold();
        this.plain = !properties.isDictionaryEnabled(column);
        this.statistics = newStatistics();
    }

    @Override
    public void write(Binary value, int repetitionLevel, int definitionLevel) {
        if (kind != BINARY || value != binary) {
            requireType(PrimitiveTypeName.BINARY);
            endStretch();
            kind = BINARY;
            binary = value;
        }
        rows++;
    }

    @Override
    public void write(long value, int repetitionLevel, int definitionLevel) {
        if (kind != LONG || value != number) {
            requireType(PrimitiveTypeName.INT64);
            endStretch();
            kind = LONG;
            number = value;
        }
        rows++;
    }

    @Override
    public void write(int value, int repetitionLevel, int definitionLevel) {
        if (kind != INT || value != number) {
            requireType(PrimitiveTypeName.INT32);
            endStretch();
            kind = INT;
            number = value;
        }
        rows++;
    }

    @Override
    public void writeNull(int repetitionLevel, int definitionLevel) {
        if (!optional) {
            throw new ParquetEncodingException("A null in required column " + column);
        }
        if (kind != NULL) {
            endStretch();
            kind = NULL;
        }
        rows++;
    }

    @Override
    public void write(boolean value, int repetitionLevel, int definitionLevel) {
        throw unsupported("boolean");
    }

    @Override
    public void write(float value, int repetitionLevel, int definitionLevel) {
        throw unsupported("float");
    }

    @Override
    public void write(double value, int repetitionLevel, int definitionLevel) {
        throw unsupported("double");
    }

    /**
     * Ends the column chunk: writes what is left as a last page, then the dictionary page if a page used it. The row
     * group's other columns are flushed alike before the row group is written.
     */
    void flush() {
        endStretch();
        if (pageRows > 0) {
            writePage();
        }
        if (!ids.isEmpty()) {
            try {
                pages.writeDictionaryPage(new DictionaryPage(BytesInput.copy(dictionary.input()), ids.size(),
                        Encoding.PLAIN_DICTIONARY));
            } catch (IOException e) {
                throw new ParquetEncodingException("could not write the dictionary page of " + column, e);
            }
        }
    }

    @Override
    public void close() {
        ids.clear();
    }

    @Override
    public long getBufferedSizeInMemory() {
        return definitionLevels.size + (long) idRunCount * Integer.BYTES + plainValues.size + dictionary.size
                + pages.getMemSize();
    }

    /** Writes the stretch gathered so far, across pages as they fill. */
    private void endStretch() {
        if (kind == NONE) {
            return;
        }
        int width = kind == NULL ? 0 : plainWidth();
        int id = kind == NULL || plain ? -1 : dictionaryId(width);
        while (rows > 0) {
            int take = Math.min(rows, properties.getPageRowCountLimit() - pageRows);
            if (width > 0) {
                take = (int) Math.max(1, Math.min(take, (properties.getPageSizeThreshold() - plainBytes) / width));
            }
            add(take, id, width);
            rows -= take;
            if (pageRows >= properties.getPageRowCountLimit() || plainBytes >= properties.getPageSizeThreshold()) {
                writePage();
            }
        }
        kind = NONE;
        binary = null;
    }

    /** Adds {@code count} rows of the stretch's value to the page: by {@code id} in the dictionary, if it has one. */
    private void add(int count, int id, int width) {
        levels(kind == NULL ? 0 : 1, count);
        pageRows += count;
        switch (kind) {
            case NULL -> statistics.incrementNumNulls(count);
            case BINARY -> {
                statistics.updateStats(binary);
                unencodedBytes += (long) binary.length() * count;
            }
            case LONG -> statistics.updateStats(number);
            default -> statistics.updateStats((int) number);
        }
        if (kind == NULL) {
            return;
        }
        plainBytes += (long) width * count;
        if (id >= 0 && !plain) {
            idRun(id, count);
        } else {
            for (int i = 0; i < count; i++) {
                plainValue(plainValues);
            }
        }
    }

    /** The stretch's value's id, added to the dictionary if new; -1 once the dictionary is full (plain from then). */
    private int dictionaryId(int width) {
        if (kind == BINARY && binary == lastBinary) {
            return lastBinaryId;
        }
        Object key = kind == BINARY ? binary : kind == LONG ? (Object) number : (Object) (int) number;
        Integer id = ids.get(key);
        if (id == null) {
            if (!ids.isEmpty() && dictionary.size + width > maxDictionaryBytes) {
                if (pageRows > 0) {
                    writePage();
                }
                plain = true;
                return -1;
            }
            id = ids.size();
            ids.put(kind == BINARY ? Binary.fromConstantByteArray(binary.getBytes()) : key, id);
            plainValue(dictionary);
        }
        if (kind == BINARY) {
            lastBinary = binary;
            lastBinaryId = id;
        }
        return id;
    }

    /** The stretch's value's size, plain-encoded. */
    private int plainWidth() {
        return switch (kind) {
            case BINARY -> Integer.BYTES + binary.length();
            case LONG -> Long.BYTES;
            default -> Integer.BYTES;
        };
    }

    /** Appends the stretch's value, plain-encoded, to {@code out}. */
    private void plainValue(Bytes out) {
        switch (kind) {
            case BINARY -> {
                out.intLittleEndian(binary.length());
                out.bytes(binary.getBytesUnsafe());
            }
            case LONG -> out.longLittleEndian(number);
            default -> out.intLittleEndian((int) number);
        }
    }

    private void levels(int level, int count) {
        if (!optional) {
            return;
        }
        if (level != levelRunValue) {
            endLevelRun();
            levelRunValue = level;
        }
        levelRunRows += count;
    }

    private void endLevelRun() {
        if (levelRunRows > 0) {
            definitionLevels.rleRun(levelRunRows, levelRunValue, 1);
        }
        levelRunRows = 0;
        levelRunValue = -1;
    }

    private void idRun(int id, int count) {
        if (idRunCount > 0 && idRuns[idRunCount - 2] == id) {
            idRuns[idRunCount - 1] += count;
            return;
        }
        if (idRunCount + 2 > idRuns.length) {
            idRuns = Arrays.copyOf(idRuns, idRuns.length * 2);
        }
        idRuns[idRunCount++] = id;
        idRuns[idRunCount++] = count;
    }

    private void writePage() {
        endLevelRun();
        BytesInput levels = optional
                ? BytesInput.concat(BytesInput.fromInt(definitionLevels.size), definitionLevels.input())
                : BytesInput.empty();
        Bytes values = plainValues;
        Encoding encoding = Encoding.PLAIN;
        if (idRunCount > 0) {
            int bitWidth = 32 - Integer.numberOfLeadingZeros(ids.size() - 1);
            values.write(bitWidth);
            for (int i = 0; i < idRunCount; i += 2) {
                values.rleRun(idRuns[i + 1], idRuns[i], bitWidth);
            }
            encoding = Encoding.PLAIN_DICTIONARY;
        }
        try {
            pages.writePage(BytesInput.concat(levels, values.input()), pageRows, pageRows, statistics,
                    sizeStatistics(), geospatialStatistics(), Encoding.BIT_PACKED,
                    optional ? Encoding.RLE : Encoding.BIT_PACKED, encoding);
        } catch (IOException e) {
            throw new ParquetEncodingException("could not write a page of " + column, e);
        }
        definitionLevels.size = 0;
        plainValues.size = 0;
        idRunCount = 0;
        statistics = newStatistics();
        unencodedBytes = 0;
        plainBytes = 0;
        pageRows = 0;
    }

    private Statistics<?> newStatistics() {
        return properties.getStatisticsEnabled(column) ? Statistics.createStats(column.getPrimitiveType())
                : Statistics.noopStats(column.getPrimitiveType());
    }

    /** The size statistics of the page: of a flat column, only the bytes of its strings before encoding. */
    private SizeStatistics sizeStatistics() {
        if (!properties.getSizeStatisticsEnabled(column)) {
            return SizeStatistics.noopBuilder(column.getPrimitiveType(), 0, column.getMaxDefinitionLevel()).build();
        }
        return new SizeStatistics(column.getPrimitiveType(), type == PrimitiveTypeName.BINARY ? unencodedBytes : 0,
                List.of(), List.of());
    }

    private GeospatialStatistics geospatialStatistics() {
        return properties.getStatisticsEnabled(column)
                ? GeospatialStatistics.newBuilder(column.getPrimitiveType()).build()
                : GeospatialStatistics.noopBuilder().build();
    }

    private void requireType(PrimitiveTypeName given) {
        if (type != given) {
            throw new ParquetEncodingException(given + " value for " + type + " column " + column);
        }
    }

    private UnsupportedOperationException unsupported(String valueType) {
        return new UnsupportedOperationException(valueType + " values in a repeating column: " + column);
    }

    /** A growable byte array, with the few encodings a page needs. */
    private static final class Bytes {

        private byte[] bytes = new byte[256];
        private int size;

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void bytes(byte[] value) {
            ensure(value.length);
            System.arraycopy(value, 0, bytes, size, value.length);
            size += value.length;
        }

        void intLittleEndian(int value) {
            ensure(Integer.BYTES);
            for (int i = 0; i < Integer.BYTES; i++) {
                bytes[size++] = (byte) (value >>> 8 * i);
            }
        }

        void longLittleEndian(long value) {
            ensure(Long.BYTES);
            for (int i = 0; i < Long.BYTES; i++) {
                bytes[size++] = (byte) (value >>> 8 * i);
            }
        }

        /**
         * A run of the RLE/bit-packing hybrid encoding: {@code count} times {@code value}, its header the count
         * shifted left by one as an unsigned LEB128 varint, then the value in as many bytes as {@code bitWidth}
         * needs, little-endian.
         */
        void rleRun(int count, int value, int bitWidth) {
            long header = (long) count << 1;
            while ((header & ~0x7FL) != 0) {
                write((int) (header & 0x7F | 0x80));
                header >>>= 7;
            }
            write((int) header);
            for (int i = 0; i < (bitWidth + 7) / 8; i++) {
                write(value >>> 8 * i);
            }
        }

        BytesInput input() {
            return BytesInput.from(bytes, 0, size);
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
            }
        }
    }
}
