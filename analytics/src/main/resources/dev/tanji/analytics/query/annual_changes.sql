-- The annual trend as the annual_changes table keeps it: the answer of annual_trend.sql for every company, product
-- and facility, written again for a product at a facility, under a higher revision, each time its runs change. Each
-- (company, product, facility, reference year) is its row of the highest revision.
--
-- ${annual_changes}: the table. Parameters, in order (a null one does not filter):
--   1, 2  company id
--   3, 4  product id
--   5, 6  first current year, inclusive
--   7, 8  last current year, inclusive
SELECT company_id, product_id, product, facility_id, facility,
       reference_year, previous_year, run_id, previous_run_id,
       total_kg_co2e, previous_total_kg_co2e, change_kg_co2e,
       activity_effect_kg_co2e, factor_effect_kg_co2e, gwp_effect_kg_co2e, gwp_effect_complete,
       previous_factor_set, previous_factor_set_version, factor_set, factor_set_version,
       previous_gwp_set, gwp_set,
       previous_factor_year_min, previous_factor_year_max, factor_year_min, factor_year_max
FROM (
    SELECT *,
           row_number() OVER (PARTITION BY company_id, product_id, facility_id, reference_year
                              ORDER BY revision DESC) AS recency
    FROM ${annual_changes}
    WHERE (? IS NULL OR company_id = ?)
      AND (? IS NULL OR product_id = ?)
      AND (CAST(? AS INTEGER) IS NULL OR reference_year >= ?)
      AND (CAST(? AS INTEGER) IS NULL OR reference_year <= ?)
) changes
WHERE recency = 1
ORDER BY product, product_id, facility, facility_id, reference_year
