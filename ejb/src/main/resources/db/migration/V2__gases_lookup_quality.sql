-- Per-gas factors and GWP sets, factor lookup by name/region/year, richer studies (boundary, standards,
-- functional unit statements, cut-off, data quality) and fully traceable run lines.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- GWP100 values per IPCC assessment report; gas codes are the product's Gas constants (CO2, CH4_FOSSIL, ...).
CREATE TABLE gwp_value (
    gwp_set         VARCHAR(10) NOT NULL,
    gas             VARCHAR(30) NOT NULL,
    gwp100          NUMERIC(38, 12) NOT NULL,
    source          VARCHAR(2000) NOT NULL,
    PRIMARY KEY (gwp_set, gas)
);

-- The IPCC report a set's CO2e values were characterised with, when the publisher says.
ALTER TABLE factor_set ADD COLUMN gwp_basis VARCHAR(10);
ALTER TABLE factor_set ADD COLUMN source VARCHAR(2000);

-- A factor's value is either one figure in CO2e or a single gas (factor_value with its unit, e.g. 'kg CO2 / kWh'),
-- or per-gas amounts in emission_factor_gas with factor_value NULL and a unit without gas ('kg / m³').
ALTER TABLE emission_factor ALTER COLUMN factor_value DROP NOT NULL;
ALTER TABLE emission_factor ADD COLUMN uncertainty_percent NUMERIC(38, 12);
ALTER TABLE emission_factor ADD COLUMN confidence VARCHAR(20);
ALTER TABLE emission_factor DROP CONSTRAINT uq_emission_factor;
-- The same name may appear for several regions and years in one set; lookup picks among them by rule.
-- lookup_key is 'name|region|year', lower-cased and trimmed, as the application writes it.
ALTER TABLE emission_factor ADD COLUMN lookup_key VARCHAR(500) NOT NULL DEFAULT '';
UPDATE emission_factor SET lookup_key = LOWER(TRIM(name)) || '|' || COALESCE(LOWER(TRIM(region)), '') || '|'
    || COALESCE(CAST(reference_year AS VARCHAR(10)), '');
CREATE UNIQUE INDEX uq_emission_factor_lookup ON emission_factor (factor_set_id, lookup_key);
CREATE INDEX ix_emission_factor_name ON emission_factor (factor_set_id, name);

CREATE TABLE emission_factor_gas (
    factor_id       UUID NOT NULL REFERENCES emission_factor (id),
    gas             VARCHAR(30) NOT NULL,
    amount          NUMERIC(38, 18) NOT NULL,
    PRIMARY KEY (factor_id, gas)
);

ALTER TABLE study ADD COLUMN functional_unit VARCHAR(200);
ALTER TABLE study ADD COLUMN declared_unit BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE study ADD COLUMN reference_flow VARCHAR(300);
ALTER TABLE study ADD COLUMN system_boundary VARCHAR(30);
ALTER TABLE study ADD COLUMN standards VARCHAR(300);
ALTER TABLE study ADD COLUMN cut_off_mass_percent NUMERIC(38, 12);
ALTER TABLE study ADD COLUMN cut_off_rare_mass_percent NUMERIC(38, 12);
ALTER TABLE study ADD COLUMN cut_off_total_percent NUMERIC(38, 12);

-- Other ways the study states its functional unit (a report may say '1 unit', '1 t' and '1 km').
CREATE TABLE study_unit_statement (
    study_id        UUID NOT NULL REFERENCES study (id),
    seq             INTEGER NOT NULL,
    statement       VARCHAR(200) NOT NULL,
    PRIMARY KEY (study_id, seq)
);

-- The factor sets a study draws on, in priority order (0 = study.factor_set_id).
CREATE TABLE study_factor_set (
    study_id        UUID NOT NULL REFERENCES study (id),
    priority        INTEGER NOT NULL,
    factor_set_id   UUID NOT NULL REFERENCES factor_set (id),
    PRIMARY KEY (study_id, priority)
);

-- A line names its factor either by id (factor_id) or by name for lookup (factor_name); a direct emission names
-- the gas it emits (direct_gas) and needs neither.
ALTER TABLE inventory_line ALTER COLUMN factor_id DROP NOT NULL;
ALTER TABLE inventory_line ADD COLUMN factor_name VARCHAR(300);
ALTER TABLE inventory_line ADD COLUMN direct_gas VARCHAR(30);
ALTER TABLE inventory_line ADD COLUMN data_type VARCHAR(10);
ALTER TABLE inventory_line ADD COLUMN data_source VARCHAR(1000);
ALTER TABLE inventory_line ADD COLUMN density_kg_per_m3 NUMERIC(38, 12);
ALTER TABLE inventory_line ADD COLUMN transport_mass NUMERIC(38, 12);
ALTER TABLE inventory_line ADD COLUMN transport_mass_unit VARCHAR(30);
ALTER TABLE inventory_line ADD COLUMN transport_distance NUMERIC(38, 12);
ALTER TABLE inventory_line ADD COLUMN transport_distance_unit VARCHAR(30);
ALTER TABLE inventory_line ADD COLUMN transport_mode VARCHAR(60);
ALTER TABLE inventory_line ADD COLUMN allocation_output_unit VARCHAR(30);
ALTER TABLE inventory_line ADD COLUMN allocation_product NUMERIC(38, 12);
ALTER TABLE inventory_line ADD COLUMN allocation_product_unit VARCHAR(30);
ALTER TABLE inventory_line ADD COLUMN excluded BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE inventory_line ADD COLUMN rare_material BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE inventory_line ADD COLUMN technology_rating INTEGER;

ALTER TABLE calculation_run ADD COLUMN fossil_kg_co2e NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN biogenic_kg_co2e NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN unspecified_kg_co2e NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN primary_data_share_percent NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN data_quality_rating NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN excluded_mass_share_percent NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN excluded_kg_co2e NUMERIC(38, 12);
ALTER TABLE calculation_run ADD COLUMN functional_unit VARCHAR(200);

-- Each run line says where its factor came from and why it was picked, and how its amount was shaped.
ALTER TABLE run_line ALTER COLUMN factor_id DROP NOT NULL;
ALTER TABLE run_line ADD COLUMN factor_name VARCHAR(300);
ALTER TABLE run_line ADD COLUMN factor_set_name VARCHAR(200);
ALTER TABLE run_line ADD COLUMN factor_set_version VARCHAR(50);
ALTER TABLE run_line ADD COLUMN factor_region VARCHAR(100);
ALTER TABLE run_line ADD COLUMN factor_year INTEGER;
ALTER TABLE run_line ADD COLUMN selection_rule VARCHAR(40);
ALTER TABLE run_line ADD COLUMN density_kg_per_m3 NUMERIC(38, 12);
ALTER TABLE run_line ADD COLUMN allocation_basis VARCHAR(30);
ALTER TABLE run_line ADD COLUMN allocation_fraction NUMERIC(38, 18);
ALTER TABLE run_line ADD COLUMN allocation_figures VARCHAR(300);
ALTER TABLE run_line ADD COLUMN data_type VARCHAR(10);
ALTER TABLE run_line ADD COLUMN temporal_rating INTEGER;
ALTER TABLE run_line ADD COLUMN geographic_rating INTEGER;
ALTER TABLE run_line ADD COLUMN technology_rating INTEGER;
ALTER TABLE run_line ADD COLUMN quality_rating NUMERIC(38, 12);

-- Each line's emission per gas: kg of the gas, the GWP applied and the kg CO2e (CO2E rows are already CO2e).
CREATE TABLE run_line_gas (
    run_id          UUID NOT NULL REFERENCES calculation_run (id),
    line_no         INTEGER NOT NULL,
    gas             VARCHAR(30) NOT NULL,
    kg_gas          NUMERIC(38, 18) NOT NULL,
    gwp             NUMERIC(38, 12) NOT NULL,
    kg_co2e         NUMERIC(38, 12) NOT NULL,
    PRIMARY KEY (run_id, line_no, gas)
);

-- Lines left out under the cut-off rule, with their share of the input mass and, if estimable, their emission.
CREATE TABLE run_excluded_line (
    run_id              UUID NOT NULL REFERENCES calculation_run (id),
    line_no             INTEGER NOT NULL,
    stage               VARCHAR(40) NOT NULL,
    item                VARCHAR(300) NOT NULL,
    amount              NUMERIC(38, 12) NOT NULL,
    unit                VARCHAR(30) NOT NULL,
    mass_share_percent  NUMERIC(38, 12),
    estimated_kg_co2e   NUMERIC(38, 12),
    PRIMARY KEY (run_id, line_no)
);
