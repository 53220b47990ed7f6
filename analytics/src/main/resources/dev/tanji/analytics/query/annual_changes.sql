-- The annual trend as the annual_changes table keeps it: the answer of annual_trend.sql for every company, product
-- and facility, written again for a product at a facility, under a higher revision, each time its runs change. Each
-- (company, product, facility, reference year) is its row of the highest revision.
--
-- The answer's texts come once each rather than on every change: first a row per product at a facility (row_kind 0,
-- its number in entry_no, in the order of the answer: product, product id, facility, facility id) with its ids and
-- names, then a row per combination of factor and GWP sets (row_kind 1), then the changes (row_kind 2), each naming
-- its product at its facility (chain_no) and its sets (sets_no) by number, in the answer's order.
--
-- ${annual_changes}: the table. Parameters, in order (a null one does not filter):
--   1, 2  company id
--   3, 4  product id
--   5, 6  first current year, inclusive
--   7, 8  last current year, inclusive
WITH changes AS (
    SELECT *
    FROM (
        SELECT *,
               row_number() OVER (PARTITION BY company_id, product_id, facility_id, reference_year
                                  ORDER BY revision DESC) AS recency
        FROM ${annual_changes}
        WHERE (? IS NULL OR company_id = ?)
          AND (? IS NULL OR product_id = ?)
          AND (CAST(? AS INTEGER) IS NULL OR reference_year >= ?)
          AND (CAST(? AS INTEGER) IS NULL OR reference_year <= ?)
    ) revisions
    WHERE recency = 1
),
chains AS (
    SELECT company_id, product_id, product, facility_id, facility,
           row_number() OVER (ORDER BY product, product_id, facility, facility_id) AS chain_no
    FROM (SELECT DISTINCT company_id, product_id, product, facility_id, facility FROM changes) distinct_chains
),
sets AS (
    SELECT previous_factor_set, previous_factor_set_version, factor_set, factor_set_version,
           previous_gwp_set, gwp_set,
           row_number() OVER (ORDER BY previous_factor_set, previous_factor_set_version, factor_set,
                                       factor_set_version, previous_gwp_set, gwp_set) AS sets_no
    FROM (SELECT DISTINCT previous_factor_set, previous_factor_set_version, factor_set, factor_set_version,
                          previous_gwp_set, gwp_set
          FROM changes) distinct_sets
)
SELECT 0 AS row_kind, chain_no AS entry_no, company_id, product_id, product, facility_id, facility,
       CAST(NULL AS STRING) AS previous_factor_set, CAST(NULL AS STRING) AS previous_factor_set_version,
       CAST(NULL AS STRING) AS factor_set, CAST(NULL AS STRING) AS factor_set_version,
       CAST(NULL AS STRING) AS previous_gwp_set, CAST(NULL AS STRING) AS gwp_set,
       CAST(NULL AS BIGINT) AS chain_no, CAST(NULL AS BIGINT) AS sets_no,
       CAST(NULL AS INTEGER) AS reference_year, CAST(NULL AS INTEGER) AS previous_year,
       CAST(NULL AS STRING) AS run_id, CAST(NULL AS STRING) AS previous_run_id,
       CAST(NULL AS DECIMAL(38, 6)) AS total_kg_co2e, CAST(NULL AS DECIMAL(38, 6)) AS previous_total_kg_co2e,
       CAST(NULL AS DECIMAL(38, 6)) AS change_kg_co2e, CAST(NULL AS DECIMAL(38, 6)) AS activity_effect_kg_co2e,
       CAST(NULL AS DECIMAL(38, 6)) AS factor_effect_kg_co2e, CAST(NULL AS DECIMAL(38, 6)) AS gwp_effect_kg_co2e,
       CAST(NULL AS BOOLEAN) AS gwp_effect_complete,
       CAST(NULL AS INTEGER) AS previous_factor_year_min, CAST(NULL AS INTEGER) AS previous_factor_year_max,
       CAST(NULL AS INTEGER) AS factor_year_min, CAST(NULL AS INTEGER) AS factor_year_max
FROM chains
UNION ALL
SELECT 1, sets_no, NULL, NULL, NULL, NULL, NULL,
       previous_factor_set, previous_factor_set_version, factor_set, factor_set_version, previous_gwp_set, gwp_set,
       NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
FROM sets
UNION ALL
SELECT 2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
       k.chain_no, s.sets_no, c.reference_year, c.previous_year, c.run_id, c.previous_run_id,
       c.total_kg_co2e, c.previous_total_kg_co2e, c.change_kg_co2e,
       c.activity_effect_kg_co2e, c.factor_effect_kg_co2e, c.gwp_effect_kg_co2e, c.gwp_effect_complete,
       c.previous_factor_year_min, c.previous_factor_year_max, c.factor_year_min, c.factor_year_max
FROM changes c
JOIN chains k ON k.company_id = c.company_id AND k.product_id = c.product_id AND k.product = c.product
             AND k.facility_id = c.facility_id AND k.facility = c.facility
JOIN sets s ON s.previous_factor_set IS NOT DISTINCT FROM c.previous_factor_set
           AND s.previous_factor_set_version IS NOT DISTINCT FROM c.previous_factor_set_version
           AND s.factor_set IS NOT DISTINCT FROM c.factor_set
           AND s.factor_set_version IS NOT DISTINCT FROM c.factor_set_version
           AND s.previous_gwp_set IS NOT DISTINCT FROM c.previous_gwp_set
           AND s.gwp_set IS NOT DISTINCT FROM c.gwp_set
ORDER BY row_kind, entry_no, chain_no, reference_year
