package dev.tanji.analytics.query;

import static dev.tanji.analytics.query.DuckDb.Parameters.values;

import dev.tanji.analytics.warehouse.WarehouseLayout;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Studies under two factor sets side by side, totals and lines ({@code factor_set_comparison.sql}). */
final class FactorSetComparisonQuery {

    private static final QuerySql SQL = QuerySql.load("factor_set_comparison");

    /** One row of the query: a text of the lines, a study, or one matched line of the study of the rows before it. */
    private sealed interface Row permits NameRow, StudyRow, LineRow {
    }

    private record NameRow(int nameNo, String name) implements Row {
    }

    private record StudyRow(StudyComparison study) implements Row {
    }

    /** A line; its texts by number, as {@link NameRow}s give them. */
    private record LineRow(int lineNo, int stageNo, int itemNo, Integer factorANo, Integer factorBNo,
            BigDecimal kgCo2eA, BigDecimal kgCo2eB, BigDecimal deltaKgCo2e) implements Row {

        LineComparison of(UUID studyId, Names names) {
            return new LineComparison(studyId, lineNo, names.get(stageNo), names.get(itemNo), names.get(factorANo),
                    names.get(factorBNo), kgCo2eA, kgCo2eB, deltaKgCo2e);
        }
    }

    /** The texts of the lines by their numbers. */
    private static final class Names {

        private final Map<Integer, String> byNumber = new HashMap<>();

        void add(NameRow row) {
            if (byNumber.put(row.nameNo(), row.name()) != null) {
                throw new IllegalStateException("Text number " + row.nameNo() + " given twice");
            }
        }

        String get(Integer number) {
            if (number == null) {
                return null;
            }
            String name = byNumber.get(number);
            if (name == null) {
                throw new IllegalStateException("A line names text number " + number + ", which was not given");
            }
            return name;
        }
    }

    private FactorSetComparisonQuery() {
    }

    static FactorSetComparison run(DuckDb duckDb, WarehouseLayout layout, UUID companyId, UUID factorSetIdA,
            UUID factorSetIdB, Integer referenceYear) {
        if (!SQL.hasDataIn(layout)) {
            return new FactorSetComparison(List.of(), List.of());
        }
        List<Row> rows = duckDb.query(SQL.over(layout), values(
                factorSetIdA, factorSetIdB,
                companyId, companyId,
                referenceYear, referenceYear,
                companyId, companyId), new RowReader());
        Names names = new Names();
        List<StudyComparison> studies = new ArrayList<>();
        List<LineComparison> lines = new ArrayList<>();
        for (Row row : rows) {
            if (row instanceof NameRow name) {
                names.add(name);
            } else if (row instanceof StudyRow study) {
                studies.add(study.study());
            } else {
                lines.add(((LineRow) row).of(studies.get(studies.size() - 1).studyId(), names));
            }
        }
        return new FactorSetComparison(List.copyOf(studies), lines);
    }

    /**
     * Reads the rows of one result. Line rows outnumber the others by far: their columns' positions are looked up
     * once, on the first row, rather than by name on each row.
     */
    private static final class RowReader implements DuckDb.RowMapper<Row> {

        private static final String[] COLUMNS = {"line_no", "stage_no", "item_no", "factor_a_no",
            "factor_b_no", "kg_co2e_a", "kg_co2e_b", "line_delta_kg_co2e", "name_no", "name"};

        private int[] at;

        @Override
        public Row map(ResultSet row) throws SQLException {
            if (at == null) {
                at = new int[COLUMNS.length];
                for (int i = 0; i < at.length; i++) {
                    at[i] = row.findColumn(COLUMNS[i]);
                }
            }
            int lineNo = row.getInt(at[0]);
            if (!row.wasNull()) {
                return new LineRow(
                        lineNo,
                        row.getInt(at[1]),
                        row.getInt(at[2]),
                        Rows.integer(row, at[3]),
                        Rows.integer(row, at[4]),
                        row.getBigDecimal(at[5]),
                        row.getBigDecimal(at[6]),
                        row.getBigDecimal(at[7]));
            }
            int nameNo = row.getInt(at[8]);
            if (!row.wasNull()) {
                return new NameRow(nameNo, row.getString(at[9]));
            }
            return new StudyRow(study(row));
        }

        private static StudyComparison study(ResultSet row) throws SQLException {
            return new StudyComparison(
                    Rows.uuid(row, "study_id"),
                    row.getString("study"),
                    Rows.uuid(row, "product_id"),
                    row.getString("product"),
                    row.getString("facility"),
                    row.getInt("reference_year"),
                    Rows.uuid(row, "run_id_a"),
                    Rows.uuid(row, "run_id_b"),
                    row.getBigDecimal("total_kg_co2e_a"),
                    row.getBigDecimal("total_kg_co2e_b"),
                    row.getBigDecimal("delta_kg_co2e"),
                    row.getBigDecimal("delta_percent"));
        }
    }
}
