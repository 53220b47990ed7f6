package dev.tanji.footprint.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads regions from a classpath CSV with the columns {@code code,parent_code,kind,name_en,name_zh,aliases,source};
 * aliases are separated by {@code |}, lines starting with {@code #} are comments.
 */
final class RegionCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();

    private RegionCsv() {
    }

    static List<Region> read(String resource) {
        InputStream in = RegionCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Region list " + resource + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).stream().map(RegionCsv::region).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read region list " + resource, e);
        }
    }

    private static Region region(CSVRecord row) {
        try {
            return new Region(row.get("code"), row.get("name_en"), row.get("name_zh"),
                    RegionKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), row.get("parent_code"),
                    Arrays.asList(row.get("aliases").split("\\|")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Region list line " + row.getRecordNumber() + ": " + e.getMessage(), e);
        }
    }
}
