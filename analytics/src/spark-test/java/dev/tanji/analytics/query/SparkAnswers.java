package dev.tanji.analytics.query;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.sql.Row;

/**
 * The four queries' answers read from Spark's rows column by column, into the records {@link WarehouseQueries} gives
 * from DuckDB's, so that the two can be compared whole.
 */
final class SparkAnswers {

    private SparkAnswers() {
    }

    static List<FacilityFootprint> facilities(List<Row> rows) {
        return rows.stream().map(row -> new FacilityFootprint(
                uuid(row, "company_id"),
                uuid(row, "product_id"),
                row.getAs("product"),
                row.getAs("category"),
                row.getAs("functional_unit"),
                uuid(row, "facility_id"),
                row.getAs("facility"),
                row.<Integer>getAs("reference_year"),
                uuid(row, "run_id"),
                row.getAs("factor_set"),
                row.getAs("factor_set_version"),
                row.getAs("gwp_set"),
                row.getAs("kg_co2e_per_functional_unit"),
                row.<Integer>getAs("facility_rank"),
                row.getAs("difference_from_lowest_percent"))).toList();
    }

    static List<AnnualChange> annualTrend(List<Row> rows) {
        return rows.stream().map(row -> change(row, row, row)).toList();
    }

    /** A change of {@code values}, of the product at the facility of {@code chain}, under the sets of {@code sets}. */
    private static AnnualChange change(Row chain, Row sets, Row values) {
        return new AnnualChange(
                uuid(chain, "company_id"),
                uuid(chain, "product_id"),
                chain.getAs("product"),
                uuid(chain, "facility_id"),
                chain.getAs("facility"),
                values.<Integer>getAs("reference_year"),
                values.<Integer>getAs("previous_year"),
                uuid(values, "run_id"),
                uuid(values, "previous_run_id"),
                values.getAs("total_kg_co2e"),
                values.getAs("previous_total_kg_co2e"),
                values.getAs("change_kg_co2e"),
                values.getAs("activity_effect_kg_co2e"),
                values.getAs("factor_effect_kg_co2e"),
                values.getAs("gwp_effect_kg_co2e"),
                values.<Boolean>getAs("gwp_effect_complete"),
                sets.getAs("previous_factor_set"),
                sets.getAs("previous_factor_set_version"),
                sets.getAs("factor_set"),
                sets.getAs("factor_set_version"),
                sets.getAs("previous_gwp_set"),
                sets.getAs("gwp_set"),
                values.getAs("previous_factor_year_min"),
                values.getAs("previous_factor_year_max"),
                values.getAs("factor_year_min"),
                values.getAs("factor_year_max"));
    }

    /**
     * {@code annual_changes.sql}'s rows: a product at a facility (row kind 0) and a combination of sets (1), each with
     * its number, before the changes (2) that name them by number.
     */
    static List<AnnualChange> annualChanges(List<Row> rows) {
        Map<Long, Row> chains = new HashMap<>();
        Map<Long, Row> sets = new HashMap<>();
        List<AnnualChange> changes = new ArrayList<>();
        for (Row row : rows) {
            int kind = row.<Integer>getAs("row_kind");
            if (kind == 0) {
                chains.put(number(row, "entry_no"), row);
            } else if (kind == 1) {
                sets.put(number(row, "entry_no"), row);
            } else {
                changes.add(change(chains.get(number(row, "chain_no")), sets.get(number(row, "sets_no")), row));
            }
        }
        return changes;
    }

    private static long number(Row row, String column) {
        return row.<Number>getAs(column).longValue();
    }

    /** Each study's row (its line columns null) comes before the rows of its lines (their study columns null). */
    static FactorSetComparison factorSetComparison(List<Row> rows) {
        Map<Integer, String> names = new HashMap<>();
        List<StudyComparison> studies = new ArrayList<>();
        List<LineComparison> lines = new ArrayList<>();
        for (Row row : rows) {
            Integer lineNo = row.getAs("line_no");
            Integer nameNo = row.getAs("name_no");
            if (nameNo != null) {
                names.put(nameNo, row.getAs("name"));
            } else if (lineNo == null) {
                studies.add(new StudyComparison(
                        uuid(row, "study_id"),
                        row.getAs("study"),
                        uuid(row, "product_id"),
                        row.getAs("product"),
                        row.getAs("facility"),
                        row.<Integer>getAs("reference_year"),
                        uuid(row, "run_id_a"),
                        uuid(row, "run_id_b"),
                        row.getAs("total_kg_co2e_a"),
                        row.getAs("total_kg_co2e_b"),
                        row.getAs("delta_kg_co2e"),
                        row.getAs("delta_percent")));
            } else {
                lines.add(new LineComparison(
                        studies.get(studies.size() - 1).studyId(),
                        lineNo,
                        names.get(row.<Integer>getAs("stage_no")),
                        names.get(row.<Integer>getAs("item_no")),
                        names.get(row.<Integer>getAs("factor_a_no")),
                        names.get(row.<Integer>getAs("factor_b_no")),
                        row.getAs("kg_co2e_a"),
                        row.getAs("kg_co2e_b"),
                        row.getAs("line_delta_kg_co2e")));
            }
        }
        return new FactorSetComparison(List.copyOf(studies), lines);
    }

    /**
     * The benchmark if the product has a run that year and its group is large enough; empty if the group is too
     * small, in which case every figure of the row must be null too.
     */
    static Optional<Benchmark> benchmark(Row row, int referenceYear) {
        if (row.<Integer>getAs("large_enough") != 1) {
            for (String figure : List.of("company_count", "product_count", "percent_rank", "quartile1_kg_co2e",
                    "median_kg_co2e", "quartile3_kg_co2e")) {
                if (!row.isNullAt(row.fieldIndex(figure))) {
                    throw new AssertionError(figure + " shown for a group too small: " + row);
                }
            }
            return Optional.empty();
        }
        return Optional.of(new Benchmark(
                row.getAs("category"),
                row.getAs("functional_unit"),
                referenceYear,
                Math.toIntExact(row.<Long>getAs("company_count")),
                Math.toIntExact(row.<Long>getAs("product_count")),
                row.getAs("product_kg_co2e"),
                row.getAs("percent_rank"),
                row.getAs("quartile1_kg_co2e"),
                row.getAs("median_kg_co2e"),
                row.getAs("quartile3_kg_co2e")));
    }

    private static UUID uuid(Row row, String column) {
        String value = row.getAs(column);
        return value == null ? null : UUID.fromString(value);
    }
}
