package dev.tanji.warehouse.bench;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.UUID;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The writer the targets were set against, on the machine at hand: parquet-java's example (Group) API writing a
 * 14-column line-item table (run id, company, facility, product, category, year, stage, item, amount, unit, factor,
 * factor set, GWP set, kg CO2e), one ZSTD file per reference year, rows made in memory. Where it wrote 0.44-0.48 M
 * rows/s, the export's target is 0.4 M line items/s; a machine on which this writer is slower is slower for the
 * export too, and the ratio of the two says what the machine does not.
 *
 * <p>Values come from pools of the sizes of a large store (2,000 companies, 200,000 runs, 35 categories, 500 items),
 * drawn with a seeded random; the strings are made before timing starts, the groups while it runs, as a program
 * using this API makes them.
 */
final class ReferenceWriter {

    static final int YEARS = 7;

    private static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("run_id")
            .required(BINARY).as(stringType()).named("company")
            .required(BINARY).as(stringType()).named("facility")
            .required(BINARY).as(stringType()).named("product")
            .required(BINARY).as(stringType()).named("category")
            .required(INT32).named("reference_year")
            .required(BINARY).as(stringType()).named("stage")
            .required(BINARY).as(stringType()).named("item")
            .required(INT64).as(decimalType(6, 18)).named("amount")
            .required(BINARY).as(stringType()).named("unit")
            .required(BINARY).as(stringType()).named("factor")
            .required(BINARY).as(stringType()).named("factor_set")
            .required(BINARY).as(stringType()).named("gwp_set")
            .required(INT64).as(decimalType(6, 18)).named("kg_co2e")
            .named("line_item");

    private static final String[] STAGES = {"RAW_MATERIALS", "TRANSPORT", "PRODUCTION_ENERGY", "DISTRIBUTION", "USE",
        "END_OF_LIFE"};
    private static final String[] UNITS = {"kg", "t", "kWh", "MJ", "t*km", "m3", "L"};
    private static final String[] GWP_SETS = {"AR4", "AR5", "AR6"};

    private final String[] runIds = new String[200_000];
    private final String[] companies = names("Company ", 2_000);
    private final String[] facilities = names("Facility ", 6_000);
    private final String[] products = names("Product ", 16_000);
    private final String[] categories = names("Category ", 35);
    private final String[] items = names("Item ", 500);
    private final String[] factors = names("Factor ", 4_000);
    private final String[] factorSets = names("Factor set ", 4_000);

    ReferenceWriter(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < runIds.length; i++) {
            runIds[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
    }

    /** Writes {@code rows} rows (runs of 40 lines) into {@code directory}, one file per year; the rows written. */
    long write(Path directory, long rows, long seed) throws IOException {
        Files.createDirectories(directory);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        SplittableRandom random = new SplittableRandom(seed);
        long perYear = rows / YEARS;
        long written = 0;
        for (int year = 0; year < YEARS; year++) {
            long yearRows = year == YEARS - 1 ? rows - written : perYear;
            try (ParquetWriter<Group> writer = ExampleParquetWriter
                    .builder(new LocalOutputFile(directory.resolve("year-" + year + ".parquet")))
                    .withConf(new PlainParquetConfiguration())
                    .withType(SCHEMA)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.ZSTD)
                    .build()) {
                int run = 0;
                int company = 0;
                for (long row = 0; row < yearRows; row++) {
                    if (row % 40 == 0) {
                        run = random.nextInt(runIds.length);
                        company = random.nextInt(companies.length);
                    }
                    writer.write(groups.newGroup()
                            .append("run_id", runIds[run])
                            .append("company", companies[company])
                            .append("facility", facilities[company * 3 + run % 3])
                            .append("product", products[company * 8 + run % 8])
                            .append("category", categories[company % categories.length])
                            .append("reference_year", 2015 + year)
                            .append("stage", STAGES[random.nextInt(STAGES.length)])
                            .append("item", items[random.nextInt(items.length)])
                            .append("amount", random.nextLong(1_000_000_000_000L))
                            .append("unit", UNITS[random.nextInt(UNITS.length)])
                            .append("factor", factors[random.nextInt(factors.length)])
                            .append("factor_set", factorSets[company * 2 + run % 2])
                            .append("gwp_set", GWP_SETS[run % GWP_SETS.length])
                            .append("kg_co2e", random.nextLong(1_000_000_000_000L)));
                }
                written += yearRows;
            }
        }
        return written;
    }

    private static String[] names(String prefix, int count) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = prefix + (i + 1);
        }
        return names;
    }
}
