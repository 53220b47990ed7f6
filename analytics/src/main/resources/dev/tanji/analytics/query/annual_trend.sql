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
-- Each pair of runs gets a number in the order of the answer (pair_no). The lines of both runs are read in one
-- pass, each tagged with its pair and side (compared_runs: a run is the current run of one pair and may be the
-- previous run of the next), and summed per (pair, stage, item, unit) with both sides side by side (items), keyed
-- by the pair's number rather than by its run ids, which are long strings.
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
           previous_year, previous_run_id, previous_factor_set, previous_factor_set_version, previous_gwp_set,
           row_number() OVER (ORDER BY product, product_id, facility, facility_id, reference_year) AS pair_no
    FROM yearly_runs
    WHERE previous_run_id IS NOT NULL
      AND (CAST(? AS INTEGER) IS NULL OR reference_year >= ?)
      AND (CAST(? AS INTEGER) IS NULL OR reference_year <= ?)
),
-- restated_as: which of the current run's columns restates it under the previous run's GWP set: 0 its own
-- kg_co2e, 4, 5, 6 kg_co2e_ar4, _ar5, _ar6; null: none does
compared_runs AS (
    SELECT pair_no, run_id, reference_year, 1 AS is_current,
           CASE WHEN gwp_set = previous_gwp_set THEN 0
                WHEN gwp_set IS NULL AND previous_gwp_set IS NULL THEN 0
                WHEN previous_gwp_set = 'AR4' THEN 4
                WHEN previous_gwp_set = 'AR5' THEN 5
                WHEN previous_gwp_set = 'AR6' THEN 6
           END AS restated_as
    FROM pairs
    UNION ALL
    SELECT pair_no, previous_run_id, previous_year, 0, CAST(NULL AS INTEGER)
    FROM pairs
),
paired_lines AS (
    SELECT r.pair_no, r.is_current, l.stage, l.item, l.unit, l.amount, l.factor_year, l.kg_co2e,
           CASE r.restated_as WHEN 0 THEN l.kg_co2e
                              WHEN 4 THEN l.kg_co2e_ar4
                              WHEN 5 THEN l.kg_co2e_ar5
                              WHEN 6 THEN l.kg_co2e_ar6
           END AS restated_kg_co2e
    FROM run_lines l
    JOIN compared_runs r ON r.run_id = l.run_id AND r.reference_year = l.reference_year
),
items AS (
    SELECT pair_no,
           sum(CASE WHEN is_current = 1 THEN amount END) AS amount,
           sum(CASE WHEN is_current = 1 THEN kg_co2e END) AS kg_co2e,
           sum(CASE WHEN is_current = 1 THEN COALESCE(restated_kg_co2e, kg_co2e) END) AS restated_kg_co2e,
           min(CASE WHEN is_current = 1 THEN CASE WHEN restated_kg_co2e IS NULL THEN 0 ELSE 1 END END)
               AS restatable,
           min(CASE WHEN is_current = 1 THEN factor_year END) AS factor_year_min,
           max(CASE WHEN is_current = 1 THEN factor_year END) AS factor_year_max,
           sum(CASE WHEN is_current = 0 THEN amount END) AS previous_amount,
           sum(CASE WHEN is_current = 0 THEN kg_co2e END) AS previous_kg_co2e,
           min(CASE WHEN is_current = 0 THEN factor_year END) AS previous_factor_year_min,
           max(CASE WHEN is_current = 0 THEN factor_year END) AS previous_factor_year_max
    FROM paired_lines
    GROUP BY pair_no, stage, item, unit
),
matched_items AS (
    SELECT pair_no, kg_co2e, restated_kg_co2e, restatable, factor_year_min, factor_year_max,
           previous_kg_co2e, previous_factor_year_min, previous_factor_year_max,
           CASE WHEN amount = 0 OR previous_amount = 0 THEN NULL
                WHEN amount = previous_amount THEN previous_kg_co2e
                ELSE CAST(CAST(amount AS DOUBLE) * CAST(previous_kg_co2e AS DOUBLE)
                          / CAST(previous_amount AS DOUBLE) AS DECIMAL(38, 6))
           END AS at_previous_factor_kg_co2e
    FROM items
),
effects AS (
    SELECT pair_no,
           sum(kg_co2e) AS kg_co2e,
           sum(previous_kg_co2e) AS previous_kg_co2e,
           sum(restated_kg_co2e) AS restated_kg_co2e,
           sum(CASE WHEN at_previous_factor_kg_co2e IS NULL
                    THEN COALESCE(restated_kg_co2e, 0) - COALESCE(previous_kg_co2e, 0)
                    ELSE at_previous_factor_kg_co2e - previous_kg_co2e
               END) AS activity_effect_kg_co2e,
           sum(CASE WHEN at_previous_factor_kg_co2e IS NULL THEN 0
                    ELSE restated_kg_co2e - at_previous_factor_kg_co2e
               END) AS factor_effect_kg_co2e,
           min(restatable) AS restatable,
           min(factor_year_min) AS factor_year_min, max(factor_year_max) AS factor_year_max,
           min(previous_factor_year_min) AS previous_factor_year_min,
           max(previous_factor_year_max) AS previous_factor_year_max
    FROM matched_items
    GROUP BY pair_no
)
SELECT p.company_id, p.product_id, p.product, p.facility_id, p.facility,
       p.reference_year, p.previous_year, p.run_id, p.previous_run_id,
       COALESCE(e.kg_co2e, 0) AS total_kg_co2e,
       COALESCE(e.previous_kg_co2e, 0) AS previous_total_kg_co2e,
       COALESCE(e.kg_co2e, 0) - COALESCE(e.previous_kg_co2e, 0) AS change_kg_co2e,
       COALESCE(e.activity_effect_kg_co2e, 0) AS activity_effect_kg_co2e,
       COALESCE(e.factor_effect_kg_co2e, 0) AS factor_effect_kg_co2e,
       COALESCE(e.kg_co2e, 0) - COALESCE(e.restated_kg_co2e, 0) AS gwp_effect_kg_co2e,
       COALESCE(e.restatable, 1) = 1 AS gwp_effect_complete,
       p.previous_factor_set, p.previous_factor_set_version, p.factor_set, p.factor_set_version,
       p.previous_gwp_set, p.gwp_set,
       e.previous_factor_year_min, e.previous_factor_year_max,
       e.factor_year_min, e.factor_year_max
FROM pairs p
LEFT JOIN effects e ON e.pair_no = p.pair_no
ORDER BY p.pair_no
