-- The same studies under two factor sets, A and B: for each study with runs under both (the run's primary set), the
-- latest run under each (by calculated_at, then run_id), their totals and the difference B - A, then each line
-- of the two runs matched by line number. One row per matched line, the study's columns repeated on each; a study
-- whose runs have no lines has one row with null line columns. A line in one run only counts 0 kg CO2e in the other.
-- Only the lines of the runs compared are read (run_lines).
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
           END AS delta_percent
    FROM recent_runs a
    JOIN recent_runs b ON b.study_id = a.study_id
    WHERE a.side = 'A' AND a.recency = 1
      AND b.side = 'B' AND b.recency = 1
),
run_lines AS (
    SELECT run_id, line_no, stage, item, factor_name, kg_co2e
    FROM ${line_items}
    WHERE (? IS NULL OR company_id = ?)
      AND run_id IN (SELECT run_id_a FROM studies UNION ALL SELECT run_id_b FROM studies)
),
lines_a AS (
    SELECT s.study_id, l.line_no, l.stage, l.item, l.factor_name, l.kg_co2e
    FROM studies s
    JOIN run_lines l ON l.run_id = s.run_id_a
),
lines_b AS (
    SELECT s.study_id, l.line_no, l.stage, l.item, l.factor_name, l.kg_co2e
    FROM studies s
    JOIN run_lines l ON l.run_id = s.run_id_b
),
line_pairs AS (
    SELECT COALESCE(a.study_id, b.study_id) AS study_id,
           COALESCE(a.line_no, b.line_no) AS line_no,
           COALESCE(a.stage, b.stage) AS stage,
           COALESCE(a.item, b.item) AS item,
           a.factor_name AS factor_a, b.factor_name AS factor_b,
           a.kg_co2e AS kg_co2e_a, b.kg_co2e AS kg_co2e_b,
           COALESCE(b.kg_co2e, 0) - COALESCE(a.kg_co2e, 0) AS line_delta_kg_co2e
    FROM lines_a a
    FULL OUTER JOIN lines_b b ON b.study_id = a.study_id AND b.line_no = a.line_no
)
SELECT s.study_id, s.study, s.product_id, s.product, s.facility, s.reference_year, s.run_id_a, s.run_id_b,
       s.total_kg_co2e_a, s.total_kg_co2e_b, s.delta_kg_co2e, s.delta_percent,
       l.line_no, l.stage, l.item, l.factor_a, l.factor_b, l.kg_co2e_a, l.kg_co2e_b, l.line_delta_kg_co2e
FROM studies s
LEFT JOIN line_pairs l ON l.study_id = s.study_id
ORDER BY s.product, s.product_id, s.study, s.study_id, l.line_no
