-- Where one product stands among comparable products of every company, revealing none of them: the product's
-- latest run in the reference year (by calculated_at, then run_id) gives its category and functional unit; its
-- peer group is the latest run of each product that year with the same category (compared case-insensitively) and
-- the same functional unit, its own included. No row: the product has no run that year. Unless the group spans at
-- least the minimum number of distinct companies, every figure of the group is null.
--
-- ${runs}: the runs table. Parameters, in order:
--   1  reference year
--   2  product id
--   3  minimum number of distinct companies in the group
WITH recent_runs AS (
    SELECT company_id, product_id, category, functional_unit, total_kg_co2e,
           row_number() OVER (PARTITION BY product_id ORDER BY calculated_at DESC, run_id DESC) AS recency
    FROM ${runs}
    WHERE reference_year = ?
),
latest_runs AS (
    SELECT company_id, product_id, category, functional_unit, total_kg_co2e
    FROM recent_runs
    WHERE recency = 1
),
target AS (
    SELECT product_id, category, functional_unit, total_kg_co2e
    FROM latest_runs
    WHERE product_id = ?
),
peers AS (
    SELECT l.company_id, l.product_id, l.total_kg_co2e,
           percent_rank() OVER (ORDER BY l.total_kg_co2e) AS percent_rank_in_group
    FROM latest_runs l
    JOIN target t ON lower(l.category) = lower(t.category) AND l.functional_unit = t.functional_unit
),
peer_group AS (
    SELECT count(DISTINCT company_id) AS company_count,
           count(*) AS product_count,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY CAST(total_kg_co2e AS DOUBLE)) AS quartile1_kg,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(total_kg_co2e AS DOUBLE)) AS median_kg,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY CAST(total_kg_co2e AS DOUBLE)) AS quartile3_kg
    FROM peers
),
disclosure AS (
    SELECT company_count, product_count, quartile1_kg, median_kg, quartile3_kg,
           CASE WHEN company_count >= ? THEN 1 ELSE 0 END AS large_enough
    FROM peer_group
)
SELECT t.category, t.functional_unit, t.total_kg_co2e AS product_kg_co2e,
       d.large_enough,
       CASE WHEN d.large_enough = 1 THEN d.company_count END AS company_count,
       CASE WHEN d.large_enough = 1 THEN d.product_count END AS product_count,
       CASE WHEN d.large_enough = 1 THEN CAST(p.percent_rank_in_group AS DECIMAL(38, 6)) END AS percent_rank,
       CASE WHEN d.large_enough = 1 THEN CAST(d.quartile1_kg AS DECIMAL(38, 6)) END AS quartile1_kg_co2e,
       CASE WHEN d.large_enough = 1 THEN CAST(d.median_kg AS DECIMAL(38, 6)) END AS median_kg_co2e,
       CASE WHEN d.large_enough = 1 THEN CAST(d.quartile3_kg AS DECIMAL(38, 6)) END AS quartile3_kg_co2e
FROM target t
CROSS JOIN disclosure d
LEFT JOIN peers p ON p.product_id = t.product_id
