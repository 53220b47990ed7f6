package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.util.List;
import java.util.Locale;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The {@code line_items} table: one row per inventory line of a run, with its run's keys (company, facility,
 * product, category, the run's factor and GWP sets) so that no query needs a join. {@code factor_set} is the set the
 * line's factor came from; {@code run_factor_set} the run's primary set. {@code kg_co2e_ar4/ar5/ar6} are the line
 * under each GWP set.
 */
final class LineItemsTable extends TableWriteSupport<LineItemsTable.Row> {

    record Row(RunRecord run, LineRecord line) {

        static List<Row> of(List<RunRecord> runs) {
            return runs.stream().flatMap(run -> run.lines().stream().map(line -> new Row(run, line))).toList();
        }
    }

    static final MessageType SCHEMA = schema();

    LineItemsTable() {
        super(SCHEMA);
    }

    /** The column of a line's kg CO2e under {@code gwpSet}: {@code kg_co2e_ar6}. */
    static String gwpColumn(String gwpSet) {
        return "kg_co2e_" + gwpSet.toLowerCase(Locale.ROOT);
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
        RunRecord run = value.run();
        LineRecord line = value.line();
        row.uuid("run_id", run.runId());
        row.uuid("study_id", run.studyId());
        row.uuid("company_id", run.companyId());
        row.string("company", run.company());
        row.uuid("facility_id", run.facilityId());
        row.string("facility", run.facility());
        row.uuid("product_id", run.productId());
        row.string("product", run.product());
        row.string("category", run.category());
        row.uuid("run_factor_set_id", run.factorSetId());
        row.string("run_factor_set", run.factorSet());
        row.string("run_factor_set_version", run.factorSetVersion());
        row.string("gwp_set", run.gwpSet());
        row.timestampMicros("calculated_at", run.calculatedAt());
        row.int32("line_no", line.lineNo());
        row.string("stage", line.stage());
        row.string("item", line.item());
        row.decimal("amount", line.amount());
        row.string("unit", line.unit());
        row.decimal("amount_in_factor_unit", line.amountInFactorUnit());
        row.string("factor_unit", line.factorUnit());
        row.uuid("factor_id", line.factorId());
        row.string("factor_name", line.factorName());
        row.string("factor_set", line.factorSet());
        row.string("factor_set_version", line.factorSetVersion());
        row.int32("factor_year", line.factorYear());
        row.string("gas", line.gas());
        row.decimal("kg_co2e", line.kgCo2e());
        for (String gwpSet : LineRecord.GWP_SETS) {
            row.decimal(gwpColumn(gwpSet), line.kgCo2eByGwpSet().get(gwpSet));
        }
    }
}
