-- Year-over-year change of each product at each facility, split into what changed: activity data, emission
-- factors, GWP set. Each year's figure is that year's latest run (by calculated_at, then run_id); it is compared
-- with the latest run of the nearest earlier year that has one. Totals are the sums of the runs' lines.
--
-- With P the previous run, gP its GWP set, and C the current run, each line of C is restated under gP (its
-- kg_co2e_<gP> column; its own kg_co2e when C is under gP too). Lines are summed per (stage, item, unit), amounts
-- and kg CO2e alike; for a key in both runs with non-zero amounts aP, aC, with kgP and restated kgC':
--   x               = aC * kgP / aP, rounded to 6 places   (the current amount at the previous factor)
--   activity effect = x - kgP
--   factor effect   = kgC' - x
-- A key in C only adds kgC' to the activity effect, a key in P only subtracts kgP, and so does a key whose amount is
-- zero in either run (kgC' - kgP). The GWP effect is the sum over C's lines of kg_co2e - kgC'. The three add up to
-- the change exactly. A line of C with no value under gP is restated as its own kg_co2e: the GWP effect is then
-- that of the other lines only (gwp_effect_complete is false), and the three still add up to the change.
--
-- Only the lines of the runs compared are read (paired_lines): of their years, and of those runs.
--
-- ${runs}, ${line_items}: the tables. Parameters, in order (a null one does not filter):
--   1, 2  company id (runs)
--   3, 4  product id (runs)
--   5, 6  company id (line items)
--   7, 8  product id (line items)
--   9, 10 first current year, inclusive
--   11, 12 last current year, inclusive
WITH recent_runs AS (
    SELECT company_id, product_id, product, facility_id, facility, reference_year, run_id,
           factor_set, factor_set_version, gwp_set,
           row_number() OVER (PARTITION BY company_id, product_id, facility_id, reference_year
                              ORDER BY calculated_at DESC, run_id DESC) AS recency
    FROM ${runs}
    WHERE (? IS NULL OR company_id = ?)
      AND (? IS NULL OR product_id = ?)
),
yearly_runs AS (
    SELECT company_id, product_id, product, facility_id, facility, reference_year, run_id,
           factor_set, factor_set_version, gwp_set,
           lag(reference_year) OVER by_year AS previous_year,
           lag(run_id) OVER by_year AS previous_run_id,
           lag(factor_set) OVER by_year AS previous_factor_set,
           lag(factor_set_version) OVER by_year AS previous_factor_set_version,
           lag(gwp_set) OVER by_year AS previous_gwp_set
    FROM recent_runs
    WHERE recency = 1
    WINDOW by_year AS (PARTITION BY company_id, product_id, facility_id ORDER BY reference_year)
),
run_lines AS (
    SELECT reference_year, run_id, stage, item, unit, amount, factor_year,
           kg_co2e, kg_co2e_ar4, kg_co2e_ar5, kg_co2e_ar6
    FROM ${line_items}
    WHERE (? IS NULL OR company_id = ?)
      AND (? IS NULL OR product_id = ?)
),
pairs AS (
    SELECT company_id, product_id, product, facility_id, facility, reference_year, run_id,
           factor_set, factor_set_version, gwp_set,
           previous_year, previous_run_id, previous_factor_set, previous_factor_set_version, previous_gwp_set
    FROM yearly_runs
    WHERE previous_run_id IS NOT NULL
      AND (CAST(? AS INTEGER) IS NULL OR reference_year >= ?)
      AND (CAST(? AS INTEGER) IS NULL OR reference_year <= ?)
),
paired_lines AS (
    SELECT run_id, stage, item, unit, amount, factor_year, kg_co2e, kg_co2e_ar4, kg_co2e_ar5, kg_co2e_ar6
    FROM run_lines
    WHERE reference_year IN (SELECT reference_year FROM pairs UNION ALL SELECT previous_year FROM pairs)
      AND run_id IN (SELECT run_id FROM pairs UNION ALL SELECT previous_run_id FROM pairs)
),
current_lines AS (
    SELECT p.run_id, l.stage, l.item, l.unit, l.amount, l.factor_year, l.kg_co2e,
           CASE WHEN p.gwp_set = p.previous_gwp_set THEN l.kg_co2e
                WHEN p.gwp_set IS NULL AND p.previous_gwp_set IS NULL THEN l.kg_co2e
                WHEN p.previous_gwp_set = 'AR4' THEN l.kg_co2e_ar4
                WHEN p.previous_gwp_set = 'AR5' THEN l.kg_co2e_ar5
                WHEN p.previous_gwp_set = 'AR6' THEN l.kg_co2e_ar6
           END AS restated_kg_co2e
    FROM pairs p
    JOIN paired_lines l ON l.run_id = p.run_id
),
previous_lines AS (
    SELECT p.run_id, l.stage, l.item, l.unit, l.amount, l.factor_year, l.kg_co2e
    FROM pairs p
    JOIN paired_lines l ON l.run_id = p.previous_run_id
),
current_items AS (
    SELECT run_id, stage, item, unit, sum(amount) AS amount,
           sum(COALESCE(restated_kg_co2e, kg_co2e)) AS restated_kg_co2e
    FROM current_lines
    GROUP BY run_id, stage, item, unit
),
previous_items AS (
    SELECT run_id, stage, item, unit, sum(amount) AS amount, sum(kg_co2e) AS kg_co2e
    FROM previous_lines
    GROUP BY run_id, stage, item, unit
),
matched_items AS (
    SELECT COALESCE(c.run_id, p.run_id) AS run_id,
           c.restated_kg_co2e, p.kg_co2e AS previous_kg_co2e,
           CASE WHEN c.amount = 0 OR p.amount = 0 THEN NULL
                WHEN c.amount = p.amount THEN p.kg_co2e
                ELSE CAST(CAST(c.amount AS DOUBLE) * CAST(p.kg_co2e AS DOUBLE) / CAST(p.amount AS DOUBLE)
                          AS DECIMAL(38, 6))
           END AS at_previous_factor_kg_co2e
    FROM current_items c
    FULL OUTER JOIN previous_items p
        ON p.run_id = c.run_id AND p.stage = c.stage AND p.item = c.item AND p.unit = c.unit
),
effects AS (
    SELECT run_id,
           sum(CASE WHEN at_previous_factor_kg_co2e IS NULL
                    THEN COALESCE(restated_kg_co2e, 0) - COALESCE(previous_kg_co2e, 0)
                    ELSE at_previous_factor_kg_co2e - previous_kg_co2e
               END) AS activity_effect_kg_co2e,
           sum(CASE WHEN at_previous_factor_kg_co2e IS NULL THEN 0
                    ELSE restated_kg_co2e - at_previous_factor_kg_co2e
               END) AS factor_effect_kg_co2e
    FROM matched_items
    GROUP BY run_id
),
current_totals AS (
    SELECT run_id, sum(kg_co2e) AS kg_co2e, sum(COALESCE(restated_kg_co2e, kg_co2e)) AS restated_kg_co2e,
           min(CASE WHEN restated_kg_co2e IS NULL THEN 0 ELSE 1 END) AS restatable,
           min(factor_year) AS factor_year_min, max(factor_year) AS factor_year_max
    FROM current_lines
    GROUP BY run_id
),
previous_totals AS (
    SELECT run_id, sum(kg_co2e) AS kg_co2e,
           min(factor_year) AS factor_year_min, max(factor_year) AS factor_year_max
    FROM previous_lines
    GROUP BY run_id
)
SELECT p.company_id, p.product_id, p.product, p.facility_id, p.facility,
       p.reference_year, p.previous_year, p.run_id, p.previous_run_id,
       COALESCE(c.kg_co2e, 0) AS total_kg_co2e,
       COALESCE(pt.kg_co2e, 0) AS previous_total_kg_co2e,
       COALESCE(c.kg_co2e, 0) - COALESCE(pt.kg_co2e, 0) AS change_kg_co2e,
       COALESCE(e.activity_effect_kg_co2e, 0) AS activity_effect_kg_co2e,
       COALESCE(e.factor_effect_kg_co2e, 0) AS factor_effect_kg_co2e,
       COALESCE(c.kg_co2e, 0) - COALESCE(c.restated_kg_co2e, 0) AS gwp_effect_kg_co2e,
       COALESCE(c.restatable, 1) = 1 AS gwp_effect_complete,
       p.previous_factor_set, p.previous_factor_set_version, p.factor_set, p.factor_set_version,
       p.previous_gwp_set, p.gwp_set,
       pt.factor_year_min AS previous_factor_year_min, pt.factor_year_max AS previous_factor_year_max,
       c.factor_year_min, c.factor_year_max
FROM pairs p
LEFT JOIN current_totals c ON c.run_id = p.run_id
LEFT JOIN previous_totals pt ON pt.run_id = p.run_id
LEFT JOIN effects e ON e.run_id = p.run_id
ORDER BY p.product, p.product_id, p.facility, p.facility_id, p.reference_year
