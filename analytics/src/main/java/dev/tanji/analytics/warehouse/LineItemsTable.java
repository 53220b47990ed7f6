package dev.tanji.analytics.warehouse;

import static org.apache.parquet.schema.LogicalTypeAnnotation.decimalType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/** The {@code line_items} table: one row per inventory line, with its run's keys so that no query needs a join. */
final class LineItemsTable extends TableWriteSupport<LineItemsTable.Row> {

    record Row(RunRecord run, LineRecord line) {

        static List<Row> of(List<RunRecord> runs) {
            return runs.stream().flatMap(run -> run.lines().stream().map(line -> new Row(run, line))).toList();
        }
    }

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("run_id")
            .required(BINARY).as(stringType()).named("study_id")
            .required(BINARY).as(stringType()).named("company")
            .required(BINARY).as(stringType()).named("facility")
            .required(BINARY).as(stringType()).named("product")
            .required(INT32).named("line_no")
            .required(BINARY).as(stringType()).named("stage")
            .required(BINARY).as(stringType()).named("item")
            .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("amount")
            .required(BINARY).as(stringType()).named("unit")
            .optional(BINARY).as(stringType()).named("factor_name")
            .optional(BINARY).as(stringType()).named("factor_set")
            .required(INT64).as(decimalType(Decimals.SCALE, Decimals.PRECISION)).named("kg_co2e")
            .named("line_item");

    LineItemsTable() {
        super(SCHEMA);
    }

    @Override
    void writeFields(Row value, RowWriter row) {
        RunRecord run = value.run();
        LineRecord line = value.line();
        row.string("run_id", run.runId().toString());
        row.string("study_id", run.studyId().toString());
        row.string("company", run.company());
        row.string("facility", run.facility());
        row.string("product", run.product());
        row.int32("line_no", line.lineNo());
        row.string("stage", line.stage());
        row.string("item", line.item());
        row.decimal("amount", line.amount());
        row.string("unit", line.unit());
        row.string("factor_name", line.factorName());
        row.string("factor_set", line.factorSet());
        row.decimal("kg_co2e", line.kgCo2e());
    }
}
