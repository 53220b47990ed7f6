package dev.tanji.platform.referencedata;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The records of one RFC 4180 CSV file with a header row, each with the line it starts on, and the field readers the
 * reference data files share. Every error names the file and the line.
 */
final class CsvRows {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private CsvRows() {
    }

    /**
     * @throws ReferenceDataException if the header is not exactly {@code header} or a record has another number of
     *     fields
     */
    static List<Row> read(String file, String content, List<String> header) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            if (!parser.getHeaderNames().equals(header)) {
                throw new ReferenceDataException(file + " line 1: expected the header " + String.join(",", header)
                        + " but found " + String.join(",", parser.getHeaderNames()));
            }
            List<Row> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    return rows;
                }
                Row row = new Row(file, line, records.next());
                if (!row.record.isConsistent()) {
                    throw row.error("expected " + header.size() + " fields but found " + row.record.size());
                }
                rows.add(row);
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new ReferenceDataException(file + ": not a readable CSV file: " + e.getMessage(), e);
        }
    }

    /** One record and where it is. */
    static final class Row {

        private final String file;
        private final long line;
        private final CSVRecord record;

        private Row(String file, long line, CSVRecord record) {
            this.file = file;
            this.line = line;
            this.record = record;
        }

        long line() {
            return line;
        }

        ReferenceDataException error(String message) {
            return new ReferenceDataException(file + " line " + line + ": " + message);
        }

        /** The field stripped of surrounding whitespace, {@code null} if empty. */
        String optional(String column, int maxLength) {
            String value = record.get(column).strip();
            if (value.length() > maxLength) {
                throw error(column + " is longer than " + maxLength + " characters");
            }
            return value.isEmpty() ? null : value;
        }

        String required(String column, int maxLength) {
            String value = optional(column, maxLength);
            if (value == null) {
                throw error(column + " is empty");
            }
            return value;
        }

        Integer year(String column) {
            String value = optional(column, 4);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw error(column + " '" + value + "' is not a year");
            }
        }

        /** A decimal of at most {@code scale} decimal places in a column of 38 digits, not negative. */
        BigDecimal amount(String column, int scale) {
            return amount(column, optional(column, 100), scale);
        }

        BigDecimal amount(String what, String text, int scale) {
            if (text == null) {
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw error(what + " '" + text + "' is not a number");
            }
            if (value.signum() < 0) {
                throw error(what + " " + text + " is negative");
            }
            BigDecimal plain = value.stripTrailingZeros();
            if (plain.scale() > scale || plain.precision() - plain.scale() > 38 - scale) {
                throw error(what + " " + text + " does not fit a decimal of 38 digits with " + scale + " decimal places");
            }
            return value;
        }
    }
}
