package dev.tanji.analytics.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnWriteStore;
import org.apache.parquet.column.ColumnWriter;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * The warehouse's two tables as a relational database holds them: the same columns, types and values as the Parquet
 * files, plus {@code reference_year} (which the Parquet files keep in their directory name) as the last column.
 * Rows come out in PostgreSQL's COPY text format, written by the same table code as the Parquet files, so both
 * hold exactly the same values.
 */
public final class CopyRows {

    /** The order an export writes a year's runs in ({@code Batch}'s): its Parquet files and these rows agree. */
    private static final Comparator<RunRecord> ROW_ORDER =
            Comparator.comparing((RunRecord run) -> run.companyId().toString())
                    .thenComparing(run -> run.productId().toString())
                    .thenComparing(run -> run.facilityId().toString())
                    .thenComparing(RunRecord::calculatedAt)
                    .thenComparing(run -> run.runId().toString());

    /** A column and its PostgreSQL type. */
    public record Column(String name, String sqlType) {
    }

    /** The runs or line items of some runs, in the order an export writes them within a year. */
    public enum Table {
        RUNS(RunsTable.SCHEMA),
        LINE_ITEMS(LineItemsTable.SCHEMA);

        private final MessageType schema;

        Table(MessageType schema) {
            this.schema = schema;
        }

        public List<Column> columns() {
            List<Column> columns = new ArrayList<>();
            for (Type field : schema.getFields()) {
                columns.add(new Column(field.getName(), sqlType(field.asPrimitiveType())));
            }
            columns.add(new Column("reference_year", "integer"));
            return columns;
        }

        /** Writes one COPY text line per row of {@code runs}, in the order an export writes them, to {@code out}. */
        public void write(List<RunRecord> runs, Writer out) {
            List<RunRecord> ordered = runs.stream().sorted(ROW_ORDER).toList();
            TextColumns columns = new TextColumns(schema, out);
            RowWriter row = new RowWriter(schema);
            row.writeTo(schema, columns);
            if (this == RUNS) {
                RunsTable table = new RunsTable();
                for (RunRecord run : ordered) {
                    columns.referenceYear = run.referenceYear();
                    table.writeFields(run, row);
                    columns.endRecord();
                }
            } else {
                LineItemsTable table = new LineItemsTable();
                for (LineItemsTable.Row line : LineItemsTable.Row.of(ordered)) {
                    columns.referenceYear = line.run().referenceYear();
                    table.writeFields(line, row);
                    columns.endRecord();
                }
            }
        }
    }

    private CopyRows() {
    }

    private static String sqlType(PrimitiveType type) {
        LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
        if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
            return "numeric(" + decimal.getPrecision() + "," + decimal.getScale() + ")";
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
            return timestamp.isAdjustedToUTC() ? "timestamptz" : "timestamp";
        }
        return switch (type.getPrimitiveTypeName()) {
            case BINARY -> "text";
            case INT32 -> "integer";
            case INT64 -> "bigint";
            case BOOLEAN -> "boolean";
            default -> throw new IllegalArgumentException("No PostgreSQL type for " + type);
        };
    }

    /**
     * Takes a row's fields as text, from the same {@link RowWriter} calls that write the Parquet files, and appends
     * them tab-separated at the end of the row, {@code \N} for a field left out.
     */
    private static final class TextColumns implements ColumnWriteStore {

        private final MessageType schema;
        private final Writer out;
        private final String[] fields;
        private int referenceYear;

        TextColumns(MessageType schema, Writer out) {
            this.schema = schema;
            this.out = out;
            this.fields = new String[schema.getFieldCount()];
        }

        @Override
        public ColumnWriter getColumnWriter(ColumnDescriptor column) {
            return new TextColumn(schema.getFieldIndex(column.getPath()[0]));
        }

        @Override
        public void endRecord() {
            try {
                for (String value : fields) {
                    out.write(value == null ? "\\N" : value);
                    out.write('\t');
                }
                out.write(Integer.toString(referenceYear));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Arrays.fill(fields, null);
        }

        @Override
        public void flush() {
        }

        @Override
        public long getAllocatedSize() {
            return 0;
        }

        @Override
        public long getBufferedSize() {
            return 0;
        }

        @Override
        public String memUsageString() {
            return "";
        }

        @Override
        public void close() {
        }

        /** One column's field of the row being written. */
        private final class TextColumn implements ColumnWriter {

            private final int field;

            TextColumn(int field) {
                this.field = field;
            }

            @Override
            public void write(int value, int repetitionLevel, int definitionLevel) {
                fields[field] = Integer.toString(value);
            }

            @Override
            public void write(long value, int repetitionLevel, int definitionLevel) {
                LogicalTypeAnnotation logical = schema.getType(field).getLogicalTypeAnnotation();
                if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
                    fields[field] = BigDecimal.valueOf(value, decimal.getScale()).toPlainString();
                } else if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation) {
                    fields[field] = Instant.EPOCH.plus(value, ChronoUnit.MICROS).toString();
                } else {
                    fields[field] = Long.toString(value);
                }
            }

            @Override
            public void write(boolean value, int repetitionLevel, int definitionLevel) {
                fields[field] = value ? "t" : "f";
            }

            @Override
            public void write(Binary value, int repetitionLevel, int definitionLevel) {
                fields[field] = escape(value.toStringUsingUTF8());
            }

            @Override
            public void write(float value, int repetitionLevel, int definitionLevel) {
                fields[field] = Float.toString(value);
            }

            @Override
            public void write(double value, int repetitionLevel, int definitionLevel) {
                fields[field] = Double.toString(value);
            }

            @Override
            public void writeNull(int repetitionLevel, int definitionLevel) {
                fields[field] = null;
            }

            @Override
            public void close() {
            }

            @Override
            public long getBufferedSizeInMemory() {
                return 0;
            }
        }

        private static String escape(String text) {
            if (text.indexOf('\\') < 0 && text.indexOf('\t') < 0 && text.indexOf('\n') < 0
                    && text.indexOf('\r') < 0) {
                return text;
            }
            return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
        }
    }
}
