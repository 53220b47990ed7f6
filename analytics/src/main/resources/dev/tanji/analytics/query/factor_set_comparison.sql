-- The same studies under two factor sets, A and B: for each study with runs under both (the run's primary set), the
-- latest run under each (by calculated_at, then run_id), their totals and the difference B - A, then each line
-- of the two runs matched by line number. A line in one run only counts 0 kg CO2e in the other.
--
-- Rows: first the texts of the lines (stages, items, factor names), one row each, numbered in their order (name_no,
-- name; every other column null); then one row per study, its line columns null, each followed by one row per
-- matched line of its two runs, whose study columns are null. A line names its texts by number (stage_no, item_no,
-- factor_a_no, factor_b_no), and a study's columns come once, not once per line: a client is handed a few hundred
-- distinct texts once rather than four texts per line (DuckDB's JDBC driver makes a Java string of every text value
-- of a result, about 0.4 µs each). Studies come in order of product and study, their lines in order of line
-- number. Only the lines of the runs compared are read (run_lines).
--
-- ${runs}, ${line_items}: the tables. Parameters, in order:
--   1     factor set A id
--   2     factor set B id
--   3, 4  company id (null: every company)
--   5, 6  reference year (null: every year)
--   7, 8  company id again, for the line items
WITH set_runs AS (
    SELECT study_id, study, product_id, product, facility, reference_year, run_id, total_kg_co2e,
           CASE WHEN factor_set_id = ? THEN 'A'
                WHEN factor_set_id = ? THEN 'B'
           END AS side,
           calculated_at
    FROM ${runs}
    WHERE (? IS NULL OR company_id = ?)
),
recent_runs AS (
    SELECT study_id, study, product_id, product, facility, reference_year, run_id, total_kg_co2e, side,
           row_number() OVER (PARTITION BY study_id, side ORDER BY calculated_at DESC, run_id DESC) AS recency
    FROM set_runs
    WHERE side IS NOT NULL
      AND (CAST(? AS INTEGER) IS NULL OR reference_year = ?)
),
studies AS (
    SELECT a.study_id, a.study, a.product_id, a.product, a.facility, a.reference_year,
           a.run_id AS run_id_a, b.run_id AS run_id_b,
           a.total_kg_co2e AS total_kg_co2e_a, b.total_kg_co2e AS total_kg_co2e_b,
           b.total_kg_co2e - a.total_kg_co2e AS delta_kg_co2e,
           CASE WHEN a.total_kg_co2e = 0 THEN NULL
                ELSE CAST(CAST(b.total_kg_co2e - a.total_kg_co2e AS DOUBLE) * 100
                          / abs(CAST(a.total_kg_co2e AS DOUBLE)) AS DECIMAL(38, 6))
           END AS delta_percent,
           row_number() OVER (ORDER BY a.product, a.product_id, a.study, a.study_id) AS study_no
    FROM recent_runs a
    JOIN recent_runs b ON b.study_id = a.study_id
    WHERE a.side = 'A' AND a.recency = 1
      AND b.side = 'B' AND b.recency = 1
),
compared_runs AS (
    SELECT study_no, run_id_a AS run_id, reference_year, 'A' AS side FROM studies
    UNION ALL
    SELECT study_no, run_id_b, reference_year, 'B' FROM studies
),
run_lines AS (
    SELECT r.study_no, r.side, l.line_no, l.stage, l.item, l.factor_name, l.kg_co2e
    FROM ${line_items} l
    JOIN compared_runs r ON r.run_id = l.run_id AND r.reference_year = l.reference_year
    WHERE (? IS NULL OR l.company_id = ?)
),
lines_a AS (
    SELECT study_no, line_no, stage, item, factor_name, kg_co2e FROM run_lines WHERE side = 'A'
),
lines_b AS (
    SELECT study_no, line_no, stage, item, factor_name, kg_co2e FROM run_lines WHERE side = 'B'
),
line_pairs AS (
    SELECT COALESCE(a.study_no, b.study_no) AS study_no,
           COALESCE(a.line_no, b.line_no) AS line_no,
           COALESCE(a.stage, b.stage) AS stage,
           COALESCE(a.item, b.item) AS item,
           a.factor_name AS factor_a, b.factor_name AS factor_b,
           a.kg_co2e AS kg_co2e_a, b.kg_co2e AS kg_co2e_b,
           COALESCE(b.kg_co2e, 0) - COALESCE(a.kg_co2e, 0) AS line_delta_kg_co2e
    FROM lines_a a
    FULL OUTER JOIN lines_b b ON b.study_no = a.study_no AND b.line_no = a.line_no
),
names AS (
    SELECT name, CAST(row_number() OVER (ORDER BY name) AS INTEGER) AS name_no
    FROM (SELECT stage AS name FROM line_pairs
          UNION SELECT item FROM line_pairs
          UNION SELECT factor_a FROM line_pairs
          UNION SELECT factor_b FROM line_pairs) AS texts
    WHERE name IS NOT NULL
),
numbered_lines AS (
    SELECT p.study_no, p.line_no, s.name_no AS stage_no, i.name_no AS item_no,
           a.name_no AS factor_a_no, b.name_no AS factor_b_no,
           p.kg_co2e_a, p.kg_co2e_b, p.line_delta_kg_co2e
    FROM line_pairs p
    JOIN names s ON s.name = p.stage
    JOIN names i ON i.name = p.item
    LEFT JOIN names a ON a.name = p.factor_a
    LEFT JOIN names b ON b.name = p.factor_b
),
-- The first branch types the columns that are null in the second (name_no), as PostgreSQL needs to run this text.
rows_of_studies AS (
    SELECT study_no, study_id, study, product_id, product, facility, reference_year, run_id_a, run_id_b,
           total_kg_co2e_a, total_kg_co2e_b, delta_kg_co2e, delta_percent,
           NULL AS line_no, NULL AS stage_no, NULL AS item_no, NULL AS factor_a_no, NULL AS factor_b_no,
           NULL AS kg_co2e_a, NULL AS kg_co2e_b, NULL AS line_delta_kg_co2e,
           CAST(NULL AS INTEGER) AS name_no, NULL AS name
    FROM studies
    UNION ALL
    SELECT study_no, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL,
           line_no, stage_no, item_no, factor_a_no, factor_b_no, kg_co2e_a, kg_co2e_b, line_delta_kg_co2e,
           NULL, NULL
    FROM numbered_lines
    UNION ALL
    SELECT 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL,
           NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
           name_no, name
    FROM names
)
SELECT study_id, study, product_id, product, facility, reference_year, run_id_a, run_id_b,
       total_kg_co2e_a, total_kg_co2e_b, delta_kg_co2e, delta_percent,
       line_no, stage_no, item_no, factor_a_no, factor_b_no, kg_co2e_a, kg_co2e_b, line_delta_kg_co2e,
       name_no, name
FROM rows_of_studies
ORDER BY study_no, line_no NULLS FIRST, name_no
