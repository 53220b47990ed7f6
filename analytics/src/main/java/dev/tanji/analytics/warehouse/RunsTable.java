package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.timestampType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** The {@code runs} table: one row per calculation run. */
final class RunsTable extends TableWriteSupport<RunRecord> {

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("run_id")
            .required(BINARY).as(stringType()).named("study_id")
            .required(BINARY).as(stringType()).named("company")
            .required(BINARY).as(stringType()).named("facility")
            .required(BINARY).as(stringType()).named("product")
            .optional(BINARY).as(stringType()).named("functional_unit")
            .optional(BINARY).as(stringType()).named("factor_set")
            .optional(BINARY).as(stringType()).named("gwp_set")
            .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("total_kg_co2e")
            .optional(BINARY).as(stringType()).named("input_hash")
            .required(INT64).as(timestampType(true, TimeUnit.MICROS)).named("calculated_at")
            .required(INT32).named("line_count")
            .named("run");

    RunsTable() {
        super(SCHEMA);
    }

    @Override
    void writeFields(RunRecord run, RowWriter row) {
        row.string("run_id", run.runId().toString());
        row.string("study_id", run.studyId().toString());
        row.string("company", run.company());
        row.string("facility", run.facility());
        row.string("product", run.product());
        row.string("functional_unit", run.functionalUnit());
        row.string("factor_set", run.factorSet());
        row.string("gwp_set", run.gwpSet());
        row.decimal("total_kg_co2e", run.totalKgCo2e());
        row.string("input_hash", run.inputHash());
        row.timestampMicros("calculated_at", run.calculatedAt());
        row.int32("line_count", run.lines().size());
    }
}
