-- Factor set names and versions are unique per owner (a company, or 'shared' for the sets every company reads),
-- not across all companies: one company's sets neither block nor reveal another's. The application also keeps a
-- company's sets from taking the name and version of a shared set, so that each company reads one set per name and
-- version. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE factor_set ADD COLUMN owner_key VARCHAR(36) DEFAULT 'shared' NOT NULL;
UPDATE factor_set SET owner_key = CAST(company_id AS VARCHAR(36)) WHERE company_id IS NOT NULL;
ALTER TABLE factor_set DROP CONSTRAINT uq_factor_set;
CREATE UNIQUE INDEX uq_factor_set_owner_name ON factor_set (owner_key, name, version);
