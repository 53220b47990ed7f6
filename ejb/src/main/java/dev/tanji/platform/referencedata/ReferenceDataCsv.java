package dev.tanji.platform.referencedata;

import dev.tanji.quantity.Gas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Reads and validates the reference data files on the classpath: {@value #GWP_FILE}, {@value #SETS_FILE} and
 * {@value #FACTORS_FILE} (UTF-8, header row, RFC 4180 quoting). Anything wrong stops the load with the file and line.
 */
final class ReferenceDataCsv {

    static final String GWP_FILE = "reference-data/gwp100.csv";
    static final String SETS_FILE = "reference-data/factor-sets.csv";
    static final String FACTORS_FILE = "reference-data/factors.csv";

    static final List<String> GWP_SETS = List.of("AR4", "AR5", "AR6");
    private static final List<String> GWP_HEADER = List.of("gas", "ar4", "ar5", "ar6", "source");
    private static final List<String> SETS_HEADER =
            List.of("key", "name", "publisher", "version", "publication_year", "gwp_basis", "source");
    private static final Pattern SET_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** gwp_value.gwp100 is NUMERIC(38, 12). */
    private static final int GWP_SCALE = 12;

    private ReferenceDataCsv() {
    }

    static ReferenceData load(ClassLoader loader) {
        return parse(text(loader, GWP_FILE), text(loader, SETS_FILE), text(loader, FACTORS_FILE));
    }

    static ReferenceData parse(String gwpCsv, String setsCsv, String factorsCsv) {
        List<ReferenceFactorSet> sets = factorSets(setsCsv);
        Set<String> keys = sets.stream().map(ReferenceFactorSet::key).collect(Collectors.toSet());
        return new ReferenceData(gwpValues(gwpCsv), sets, FactorsCsv.factors(FACTORS_FILE, factorsCsv, keys));
    }

    /**
     * A CRC32 of the three files, in a fixed order, so that Flyway's validation notices an edited file. As in
     * Flyway's own checksums of SQL migrations, line endings do not count: a checkout with CRLF gives the same value.
     */
    static int checksum(ClassLoader loader) {
        return checksum(List.of(text(loader, GWP_FILE), text(loader, SETS_FILE), text(loader, FACTORS_FILE)));
    }

    static int checksum(List<String> contents) {
        CRC32 crc = new CRC32();
        for (String content : contents) {
            crc.update(content.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    static List<GwpValue> gwpValues(String content) {
        List<GwpValue> values = new ArrayList<>();
        Set<Gas> seen = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(GWP_FILE, content, GWP_HEADER)) {
            Gas gas = gas(row, row.required("gas", 30));
            if (!seen.add(gas)) {
                throw row.error("gas " + gas.name() + " appears twice");
            }
            String source = row.required("source", 2000);
            int before = values.size();
            for (String set : GWP_SETS) {
                BigDecimal gwp = row.amount(set.toLowerCase(Locale.ROOT), GWP_SCALE);
                if (gwp != null) {
                    values.add(new GwpValue(set, gas, gwp, source));
                }
            }
            if (values.size() == before) {
                throw row.error("gas " + gas.name() + " has no GWP in any of " + GWP_SETS);
            }
        }
        return values;
    }

    static List<ReferenceFactorSet> factorSets(String content) {
        List<ReferenceFactorSet> sets = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Set<String> namesAndVersions = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(SETS_FILE, content, SETS_HEADER)) {
            String key = row.required("key", 100);
            if (!SET_KEY.matcher(key).matches()) {
                throw row.error("key '" + key + "' is not lower-case words joined by '-'");
            }
            String gwpBasis = row.optional("gwp_basis", 10);
            if (gwpBasis != null && !GWP_SETS.contains(gwpBasis)) {
                throw row.error("gwp_basis '" + gwpBasis + "' is not one of " + GWP_SETS);
            }
            var set = new ReferenceFactorSet(key, row.required("name", 200), row.optional("publisher", 200),
                    row.required("version", 50), row.year("publication_year"), gwpBasis, row.required("source", 2000));
            if (!keys.add(key)) {
                throw row.error("factor set key '" + key + "' appears twice");
            }
            if (!namesAndVersions.add(set.name() + "\u0000" + set.version())) {
                throw row.error("factor set '" + set.name() + "' version '" + set.version() + "' appears twice");
            }
            sets.add(set);
        }
        return sets;
    }

    /** A gas by its exact code ({@code CH4_FOSSIL}), as the tables store it. */
    static Gas gas(CsvRows.Row row, String code) {
        try {
            return Gas.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw row.error("unknown gas '" + code + "'; use a gas code such as CO2, CH4_FOSSIL, N2O or HFC_134A");
        }
    }

    private static String text(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReferenceDataException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
