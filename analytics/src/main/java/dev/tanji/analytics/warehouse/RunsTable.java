package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The {@code runs} table: one row per calculation run, with its company, facility and product, the factor and GWP
 * sets it was calculated under, its total and each stage's kg CO2e, and its data quality. The reference year is the
 * partition directory's.
 */
final class RunsTable extends Table<RunRecord> {

    static final MessageType SCHEMA = schema();

    private static final int RUN_ID = RowWriter.column(SCHEMA, "run_id");
    private static final int STUDY_ID = RowWriter.column(SCHEMA, "study_id");
    private static final int STUDY = RowWriter.column(SCHEMA, "study");
    private static final int COMPANY_ID = RowWriter.column(SCHEMA, "company_id");
    private static final int COMPANY = RowWriter.column(SCHEMA, "company");
    private static final int FACILITY_ID = RowWriter.column(SCHEMA, "facility_id");
    private static final int FACILITY = RowWriter.column(SCHEMA, "facility");
    private static final int PRODUCT_ID = RowWriter.column(SCHEMA, "product_id");
    private static final int PRODUCT = RowWriter.column(SCHEMA, "product");
    private static final int CATEGORY = RowWriter.column(SCHEMA, "category");
    private static final int FUNCTIONAL_UNIT = RowWriter.column(SCHEMA, "functional_unit");
    private static final int DECLARED_UNIT = RowWriter.column(SCHEMA, "declared_unit");
    private static final int FACTOR_SET_ID = RowWriter.column(SCHEMA, "factor_set_id");
    private static final int FACTOR_SET = RowWriter.column(SCHEMA, "factor_set");
    private static final int FACTOR_SET_VERSION = RowWriter.column(SCHEMA, "factor_set_version");
    private static final int GWP_SET = RowWriter.column(SCHEMA, "gwp_set");
    private static final int TOTAL_KG_CO2E = RowWriter.column(SCHEMA, "total_kg_co2e");
    private static final int[] STAGE_KG_CO2E = WarehouseStages.NAMES.stream()
            .mapToInt(stage -> RowWriter.column(SCHEMA, WarehouseStages.column(stage))).toArray();
    private static final int PRIMARY_DATA_SHARE_PERCENT = RowWriter.column(SCHEMA, "primary_data_share_percent");
    private static final int DATA_QUALITY_RATING = RowWriter.column(SCHEMA, "data_quality_rating");
    private static final int INPUT_HASH = RowWriter.column(SCHEMA, "input_hash");
    private static final int CALCULATED_AT = RowWriter.column(SCHEMA, "calculated_at");
    private static final int LINE_COUNT = RowWriter.column(SCHEMA, "line_count");

    RunsTable() {
        super(SCHEMA, distinctPerRun());
    }

    /** The columns a run seldom shares with another: its id, time and kg. */
    private static List<String> distinctPerRun() {
        List<String> columns = new ArrayList<>(List.of("run_id", "calculated_at", "total_kg_co2e"));
        WarehouseStages.NAMES.forEach(stage -> columns.add(WarehouseStages.column(stage)));
        return columns;
    }

    private static MessageType schema() {
        Types.GroupBuilder<MessageType> columns = Types.buildMessage()
                .required(BINARY).as(stringType()).named("run_id")
                .required(BINARY).as(stringType()).named("study_id")
                .required(BINARY).as(stringType()).named("study")
                .required(BINARY).as(stringType()).named("company_id")
                .required(BINARY).as(stringType()).named("company")
                .required(BINARY).as(stringType()).named("facility_id")
                .required(BINARY).as(stringType()).named("facility")
                .required(BINARY).as(stringType()).named("product_id")
                .required(BINARY).as(stringType()).named("product")
                .optional(BINARY).as(stringType()).named("category")
                .optional(BINARY).as(stringType()).named("functional_unit")
                .required(BOOLEAN).named("declared_unit")
                .optional(BINARY).as(stringType()).named("factor_set_id")
                .optional(BINARY).as(stringType()).named("factor_set")
                .optional(BINARY).as(stringType()).named("factor_set_version")
                .optional(BINARY).as(stringType()).named("gwp_set")
                .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("total_kg_co2e");
        for (String stage : WarehouseStages.NAMES) {
            columns = columns.optional(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION))
                    .named(WarehouseStages.column(stage));
        }
        return columns
                .optional(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("primary_data_share_percent")
                .optional(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("data_quality_rating")
                .optional(BINARY).as(stringType()).named("input_hash")
                .required(INT64).as(timestampType(true, TimeUnit.MICROS)).named("calculated_at")
                .required(INT32).named("line_count")
                .named("run");
    }

    @Override
    void writeFields(RunRecord run, RowWriter row) {
        row.uuid(RUN_ID, run.runId());
        row.uuid(STUDY_ID, run.studyId());
        row.string(STUDY, run.study());
        row.uuid(COMPANY_ID, run.companyId());
        row.string(COMPANY, run.company());
        row.uuid(FACILITY_ID, run.facilityId());
        row.string(FACILITY, run.facility());
        row.uuid(PRODUCT_ID, run.productId());
        row.string(PRODUCT, run.product());
        row.string(CATEGORY, run.category());
        row.string(FUNCTIONAL_UNIT, run.functionalUnit());
        row.bool(DECLARED_UNIT, run.declaredUnit());
        row.uuid(FACTOR_SET_ID, run.factorSetId());
        row.string(FACTOR_SET, run.factorSet());
        row.string(FACTOR_SET_VERSION, run.factorSetVersion());
        row.string(GWP_SET, run.gwpSet());
        row.decimal(TOTAL_KG_CO2E, run.totalKgCo2e());
        for (int i = 0; i < STAGE_KG_CO2E.length; i++) {
            row.decimal(STAGE_KG_CO2E[i], run.stageKgCo2e().get(WarehouseStages.NAMES.get(i)));
        }
        row.decimal(PRIMARY_DATA_SHARE_PERCENT, run.primaryDataSharePercent());
        row.decimal(DATA_QUALITY_RATING, run.dataQualityRating());
        row.string(INPUT_HASH, run.inputHash());
        row.timestampMicros(CALCULATED_AT, run.calculatedAt());
        row.int32(LINE_COUNT, run.lines().size());
    }
}
