package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The {@code runs} table: one row per calculation run, with its company, facility and product, the factor and GWP
 * sets it was calculated under, its total and each stage's kg CO2e, and its data quality. The reference year is the
 * partition directory's.
 */
final class RunsTable extends TableWriteSupport<RunRecord> {

    static final MessageType SCHEMA = schema();

    RunsTable() {
        super(SCHEMA);
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
        row.uuid("run_id", run.runId());
        row.uuid("study_id", run.studyId());
        row.string("study", run.study());
        row.uuid("company_id", run.companyId());
        row.string("company", run.company());
        row.uuid("facility_id", run.facilityId());
        row.string("facility", run.facility());
        row.uuid("product_id", run.productId());
        row.string("product", run.product());
        row.string("category", run.category());
        row.string("functional_unit", run.functionalUnit());
        row.bool("declared_unit", run.declaredUnit());
        row.uuid("factor_set_id", run.factorSetId());
        row.string("factor_set", run.factorSet());
        row.string("factor_set_version", run.factorSetVersion());
        row.string("gwp_set", run.gwpSet());
        row.decimal("total_kg_co2e", run.totalKgCo2e());
        for (String stage : WarehouseStages.NAMES) {
            row.decimal(WarehouseStages.column(stage), run.stageKgCo2e().get(stage));
        }
        row.decimal("primary_data_share_percent", run.primaryDataSharePercent());
        row.decimal("data_quality_rating", run.dataQualityRating());
        row.string("input_hash", run.inputHash());
        row.timestampMicros("calculated_at", run.calculatedAt());
        row.int32("line_count", run.lines().size());
    }
}
