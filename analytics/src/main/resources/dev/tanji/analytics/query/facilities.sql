-- kg CO2e per functional unit of one product, or of every product of one category, at each facility, for one
-- reference year: the latest run (by calculated_at, then run_id) of each product at each facility among the runs
-- that pass the filters, ranked within the product from the lowest (1) up.
--
-- ${runs}: the runs table. Parameters, in order (a null one does not filter):
--   1, 2    company id
--   3, 4    product id
--   5, 6    category, compared case-insensitively
--   7       reference year (not null)
--   8, 9    factor set id (the run's primary set)
--   10, 11  GWP set (AR4, AR5, AR6)
WITH filtered_runs AS (
    SELECT company_id, product_id, product, category, functional_unit, facility_id, facility, reference_year,
           run_id, factor_set, factor_set_version, gwp_set, total_kg_co2e,
           row_number() OVER (PARTITION BY company_id, product_id, facility_id
                              ORDER BY calculated_at DESC, run_id DESC) AS recency
    FROM ${runs}
    WHERE (? IS NULL OR company_id = ?)
      AND (? IS NULL OR product_id = ?)
      AND (? IS NULL OR lower(category) = lower(?))
      AND reference_year = ?
      AND (? IS NULL OR factor_set_id = ?)
      AND (? IS NULL OR gwp_set = ?)
),
ranked AS (
    SELECT company_id, product_id, product, category, functional_unit, facility_id, facility, reference_year,
           run_id, factor_set, factor_set_version, gwp_set, total_kg_co2e,
           rank() OVER (PARTITION BY product_id ORDER BY total_kg_co2e) AS facility_rank,
           min(total_kg_co2e) OVER (PARTITION BY product_id) AS lowest_kg_co2e
    FROM filtered_runs
    WHERE recency = 1
)
SELECT company_id, product_id, product, category, functional_unit, facility_id, facility, reference_year,
       run_id, factor_set, factor_set_version, gwp_set,
       total_kg_co2e AS kg_co2e_per_functional_unit,
       facility_rank,
       CASE WHEN lowest_kg_co2e = 0 THEN NULL
            ELSE CAST(CAST(total_kg_co2e - lowest_kg_co2e AS DOUBLE) * 100
                      / abs(CAST(lowest_kg_co2e AS DOUBLE)) AS DECIMAL(38, 6))
       END AS difference_from_lowest_percent
FROM ranked
ORDER BY product, product_id, total_kg_co2e, facility, facility_id
