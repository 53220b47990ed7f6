package dev.tanji.analytics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a command prints its rows. */
enum OutputFormat {

    /** Aligned columns under a header, for reading; ids are left out. */
    TABLE {
        @Override
        void print(Table<?> table, PrintWriter out) {
            List<Table.Column<?>> columns = table.columns().stream().filter(column -> !column.id()).toList();
            List<List<String>> cells = table.cells(columns);
            int[] widths = new int[columns.size()];
            boolean[] numeric = new boolean[columns.size()];
            for (int i = 0; i < numeric.length; i++) {
                numeric[i] = table.isNumeric(columns.get(i));
            }
            for (List<String> row : cells) {
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = Math.max(widths[i], width(row.get(i)));
                }
            }
            for (List<String> row : cells) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    String pad = " ".repeat(widths[i] - width(row.get(i)));
                    line.append(i == 0 ? "" : "  ");
                    line.append(numeric[i] ? pad + row.get(i) : row.get(i) + pad);
                }
                out.println(line.toString().stripTrailing());
            }
        }
    },

    /** RFC 4180 CSV with a header row, ids included. */
    CSV {
        @Override
        void print(Table<?> table, PrintWriter out) {
            try {
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180);
                for (List<String> row : table.cells(table.columns())) {
                    csv.printRecord(row);
                }
                csv.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    abstract void print(Table<?> table, PrintWriter out);

    private static int width(String cell) {
        return cell.codePointCount(0, cell.length());
    }

    /** {@code table} or {@code csv}, in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {

        @Override
        public OutputFormat convert(String value) {
            try {
                return valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected table or csv, not '" + value + "'");
            }
        }
    }
}
