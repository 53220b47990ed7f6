package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The {@code line_items} table: one row per inventory line of a run, with its run's keys (company, facility,
 * product, category, the run's factor and GWP sets) so that no query needs a join. {@code factor_set} is the set the
 * line's factor came from; {@code run_factor_set} the run's primary set. {@code kg_co2e_ar4/ar5/ar6} are the line
 * under each GWP set.
 */
final class LineItemsTable extends Table<LineItemsTable.Row> {

    record Row(RunRecord run, LineRecord line) {

        static List<Row> of(List<RunRecord> runs) {
            return runs.stream().flatMap(run -> run.lines().stream().map(line -> new Row(run, line))).toList();
        }
    }

    static final MessageType SCHEMA = schema();

    /**
     * The columns whose value a line mostly shares with the line before ({@link RepeatingColumn}): its run's, the same
     * on each of the run's lines, and the set, vintage and gas of its factor, which most lines of a run share.
     */
    private static final List<String> REPEATING = List.of("run_id", "study_id", "company_id", "company",
            "facility_id", "facility", "product_id", "product", "category", "run_factor_set_id", "run_factor_set",
            "run_factor_set_version", "gwp_set", "calculated_at", "factor_set", "factor_set_version", "factor_year",
            "gas");
    private static final int RUN_ID = RowWriter.column(SCHEMA, "run_id");
    private static final int STUDY_ID = RowWriter.column(SCHEMA, "study_id");
    private static final int COMPANY_ID = RowWriter.column(SCHEMA, "company_id");
    private static final int COMPANY = RowWriter.column(SCHEMA, "company");
    private static final int FACILITY_ID = RowWriter.column(SCHEMA, "facility_id");
    private static final int FACILITY = RowWriter.column(SCHEMA, "facility");
    private static final int PRODUCT_ID = RowWriter.column(SCHEMA, "product_id");
    private static final int PRODUCT = RowWriter.column(SCHEMA, "product");
    private static final int CATEGORY = RowWriter.column(SCHEMA, "category");
    private static final int RUN_FACTOR_SET_ID = RowWriter.column(SCHEMA, "run_factor_set_id");
    private static final int RUN_FACTOR_SET = RowWriter.column(SCHEMA, "run_factor_set");
    private static final int RUN_FACTOR_SET_VERSION = RowWriter.column(SCHEMA, "run_factor_set_version");
    private static final int GWP_SET = RowWriter.column(SCHEMA, "gwp_set");
    private static final int CALCULATED_AT = RowWriter.column(SCHEMA, "calculated_at");
    private static final int LINE_NO = RowWriter.column(SCHEMA, "line_no");
    private static final int STAGE = RowWriter.column(SCHEMA, "stage");
    private static final int ITEM = RowWriter.column(SCHEMA, "item");
    private static final int AMOUNT = RowWriter.column(SCHEMA, "amount");
    private static final int UNIT = RowWriter.column(SCHEMA, "unit");
    private static final int AMOUNT_IN_FACTOR_UNIT = RowWriter.column(SCHEMA, "amount_in_factor_unit");
    private static final int FACTOR_UNIT = RowWriter.column(SCHEMA, "factor_unit");
    private static final int FACTOR_ID = RowWriter.column(SCHEMA, "factor_id");
    private static final int FACTOR_NAME = RowWriter.column(SCHEMA, "factor_name");
    private static final int FACTOR_SET = RowWriter.column(SCHEMA, "factor_set");
    private static final int FACTOR_SET_VERSION = RowWriter.column(SCHEMA, "factor_set_version");
    private static final int FACTOR_YEAR = RowWriter.column(SCHEMA, "factor_year");
    private static final int GAS = RowWriter.column(SCHEMA, "gas");
    private static final int KG_CO2E = RowWriter.column(SCHEMA, "kg_co2e");
    private static final int[] KG_CO2E_BY_GWP_SET = LineRecord.GWP_SETS.stream()
            .mapToInt(set -> RowWriter.column(SCHEMA, gwpColumn(set))).toArray();

    /**
     * Columns of few values (a stage, a unit, a version, a gas), each looked up in a small table of its own that
     * stays in the processor's cache, apart from the file's many ids and names.
     */
    private static final int[] FEW_VALUED = {STAGE, UNIT, FACTOR_UNIT, FACTOR_SET_VERSION, GAS};
    private static final int FEW_VALUES = 1_024;

    private final Utf8Values utf8 = new Utf8Values();
    private final Utf8Values[] utf8ByColumn = new Utf8Values[SCHEMA.getFieldCount()];
    /**
     * Per column, the text value of the line before and its binary: most lines repeat the unit, factor set, version
     * and gas of the line before, often as the same string object, which needs no lookup in {@link #utf8}.
     */
    private final Object[] lastValues = new Object[SCHEMA.getFieldCount()];
    private final Binary[] lastBinaries = new Binary[SCHEMA.getFieldCount()];
    /** The run of the rows being written, and its values as written: a run's lines come one after another. */
    private RunRecord run;
    private RunValues runValues;

    LineItemsTable() {
        super(SCHEMA, measures(), REPEATING);
        Arrays.fill(utf8ByColumn, utf8);
        for (int column : FEW_VALUED) {
            utf8ByColumn[column] = new Utf8Values(FEW_VALUES);
        }
    }

    /** The column of a line's kg CO2e under {@code gwpSet}: {@code kg_co2e_ar6}. */
    static String gwpColumn(String gwpSet) {
        return "kg_co2e_" + gwpSet.toLowerCase(Locale.ROOT);
    }

    /** The decimal columns: amounts and kg, nearly every one different. */
    private static List<String> measures() {
        List<String> columns = new ArrayList<>(List.of("amount", "amount_in_factor_unit", "kg_co2e"));
        LineRecord.GWP_SETS.forEach(set -> columns.add(gwpColumn(set)));
        return columns;
    }

    private static MessageType schema() {
        Types.GroupBuilder<MessageType> columns = Types.buildMessage()
                .required(BINARY).as(stringType()).named("run_id")
                .required(BINARY).as(stringType()).named("study_id")
                .required(BINARY).as(stringType()).named("company_id")
                .required(BINARY).as(stringType()).named("company")
                .required(BINARY).as(stringType()).named("facility_id")
                .required(BINARY).as(stringType()).named("facility")
                .required(BINARY).as(stringType()).named("product_id")
                .required(BINARY).as(stringType()).named("product")
                .optional(BINARY).as(stringType()).named("category")
                .optional(BINARY).as(stringType()).named("run_factor_set_id")
                .optional(BINARY).as(stringType()).named("run_factor_set")
                .optional(BINARY).as(stringType()).named("run_factor_set_version")
                .optional(BINARY).as(stringType()).named("gwp_set")
                .required(INT64).as(timestampType(true, TimeUnit.MICROS)).named("calculated_at")
                .required(INT32).named("line_no")
                .required(BINARY).as(stringType()).named("stage")
                .required(BINARY).as(stringType()).named("item")
                .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("amount")
                .required(BINARY).as(stringType()).named("unit")
                .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("amount_in_factor_unit")
                .required(BINARY).as(stringType()).named("factor_unit")
                .optional(BINARY).as(stringType()).named("factor_id")
                .optional(BINARY).as(stringType()).named("factor_name")
                .optional(BINARY).as(stringType()).named("factor_set")
                .optional(BINARY).as(stringType()).named("factor_set_version")
                .optional(INT32).named("factor_year")
                .required(BINARY).as(stringType()).named("gas")
                .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("kg_co2e");
        for (String gwpSet : LineRecord.GWP_SETS) {
            columns = columns.optional(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION))
                    .named(gwpColumn(gwpSet));
        }
        return columns.named("line_item");
    }

    @Override
    void writeFields(Row value, RowWriter row) {
        if (value.run() != run) {
            run = value.run();
            runValues = new RunValues(run, utf8);
        }
        RunValues of = runValues;
        LineRecord line = value.line();
        row.binary(RUN_ID, of.runId);
        row.binary(STUDY_ID, of.studyId);
        row.binary(COMPANY_ID, of.companyId);
        row.binary(COMPANY, of.company);
        row.binary(FACILITY_ID, of.facilityId);
        row.binary(FACILITY, of.facility);
        row.binary(PRODUCT_ID, of.productId);
        row.binary(PRODUCT, of.product);
        row.binary(CATEGORY, of.category);
        row.binary(RUN_FACTOR_SET_ID, of.factorSetId);
        row.binary(RUN_FACTOR_SET, of.factorSet);
        row.binary(RUN_FACTOR_SET_VERSION, of.factorSetVersion);
        row.binary(GWP_SET, of.gwpSet);
        row.int64(CALCULATED_AT, of.calculatedAt);
        row.int32(LINE_NO, line.lineNo());
        row.binary(STAGE, text(STAGE, line.stage()));
        row.binary(ITEM, text(ITEM, line.item()));
        row.decimal(AMOUNT, line.amount());
        row.binary(UNIT, text(UNIT, line.unit()));
        row.decimal(AMOUNT_IN_FACTOR_UNIT, line.amountInFactorUnit());
        row.binary(FACTOR_UNIT, text(FACTOR_UNIT, line.factorUnit()));
        row.binary(FACTOR_ID, text(FACTOR_ID, line.factorId()));
        row.binary(FACTOR_NAME, text(FACTOR_NAME, line.factorName()));
        row.binary(FACTOR_SET, text(FACTOR_SET, line.factorSet()));
        row.binary(FACTOR_SET_VERSION, text(FACTOR_SET_VERSION, line.factorSetVersion()));
        row.int32(FACTOR_YEAR, line.factorYear());
        row.binary(GAS, text(GAS, line.gas()));
        row.decimal(KG_CO2E, line.kgCo2e());
        for (int i = 0; i < KG_CO2E_BY_GWP_SET.length; i++) {
            row.decimal(KG_CO2E_BY_GWP_SET[i], line.kgCo2eUnder(i));
        }
    }

    /** {@code value} (a string, or a UUID as text) of {@code column} as a binary of the file. */
    private Binary text(int column, Object value) {
        Object last = lastValues[column];
        if (value == last || value != null && value.equals(last)) {
            return lastBinaries[column];
        }
        Utf8Values values = utf8ByColumn[column];
        Binary binary = value instanceof UUID id ? values.of(id) : values.of((String) value);
        lastValues[column] = value;
        lastBinaries[column] = binary;
        return binary;
    }

    /**
     * The values every line of a run repeats, encoded once for all of them: 14 of a line's 31 fields, the text of
     * its UUIDs among them.
     */
    private static final class RunValues {

        final Binary runId;
        final Binary studyId;
        final Binary companyId;
        final Binary company;
        final Binary facilityId;
        final Binary facility;
        final Binary productId;
        final Binary product;
        final Binary category;
        final Binary factorSetId;
        final Binary factorSet;
        final Binary factorSetVersion;
        final Binary gwpSet;
        final long calculatedAt;

        /** {@code utf8}: the file's values, which the run's company, product, facility and sets are among. */
        RunValues(RunRecord run, Utf8Values utf8) {
            runId = RowWriter.utf8(run.runId());
            studyId = RowWriter.utf8(run.studyId());
            companyId = utf8.of(run.companyId());
            company = utf8.of(run.company());
            facilityId = utf8.of(run.facilityId());
            facility = utf8.of(run.facility());
            productId = utf8.of(run.productId());
            product = utf8.of(run.product());
            category = utf8.of(run.category());
            factorSetId = utf8.of(run.factorSetId());
            factorSet = utf8.of(run.factorSet());
            factorSetVersion = utf8.of(run.factorSetVersion());
            gwpSet = utf8.of(run.gwpSet());
            calculatedAt = RowWriter.micros(run.calculatedAt());
        }
    }
}
