-- Indexes for the keyset-paged lists: each list's sort key, alone and behind the filter it is most often read by,
-- so that a page is an index range scan however deep it is. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- Named things by name, the id breaking ties.
CREATE INDEX ix_company_name ON company (name, id);
CREATE INDEX ix_facility_name ON facility (name, id);
CREATE INDEX ix_facility_company_name ON facility (company_id, name, id);
CREATE INDEX ix_product_name ON product (name, id);
CREATE INDEX ix_product_company_name ON product (company_id, name, id);
CREATE INDEX ix_factor_set_name ON factor_set (name, version, id);
CREATE INDEX ix_study_name ON study (name, id);
CREATE INDEX ix_study_company_name ON study (company_id, name, id);
CREATE INDEX ix_study_facility ON study (facility_id);
CREATE INDEX ix_study_product ON study (product_id);

-- Factors by lookup key (name, region, year), across sets and within one.
CREATE INDEX ix_emission_factor_key ON emission_factor (lookup_key, id);
CREATE INDEX ix_emission_factor_set_key ON emission_factor (factor_set_id, lookup_key, id);

-- Runs newest first (read backwards), of all, of a company, a study or a factor set; the id breaks ties.
DROP INDEX ix_run_study;
DROP INDEX ix_run_company;
CREATE INDEX ix_run_calculated ON calculation_run (calculated_at, id);
CREATE INDEX ix_run_company_calculated ON calculation_run (company_id, calculated_at, id);
CREATE INDEX ix_run_study_calculated ON calculation_run (study_id, calculated_at, id);
CREATE INDEX ix_run_factor_set_calculated ON calculation_run (factor_set_id, calculated_at, id);
