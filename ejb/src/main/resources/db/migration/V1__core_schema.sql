-- Tanji core schema. Portable SQL: runs unchanged on H2 2.x (embedded default) and PostgreSQL 13+.
-- Amounts and results are exact decimals; identifiers are UUIDs assigned by the application.

CREATE TABLE company (
    id              UUID PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    credit_code     VARCHAR(32),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_company_name UNIQUE (name)
);

CREATE TABLE facility (
    id              UUID PRIMARY KEY,
    company_id      UUID NOT NULL REFERENCES company (id),
    name            VARCHAR(200) NOT NULL,
    grid_region     VARCHAR(100),
    province        VARCHAR(100),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_facility_name UNIQUE (company_id, name)
);

CREATE TABLE product (
    id              UUID PRIMARY KEY,
    company_id      UUID NOT NULL REFERENCES company (id),
    name            VARCHAR(200) NOT NULL,
    category        VARCHAR(200),
    functional_unit VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_product_name UNIQUE (company_id, name)
);

-- A factor set with no company is shared reference data, readable by every company.
CREATE TABLE factor_set (
    id               UUID PRIMARY KEY,
    company_id       UUID REFERENCES company (id),
    name             VARCHAR(200) NOT NULL,
    publisher        VARCHAR(200),
    version          VARCHAR(50) NOT NULL,
    publication_year INTEGER,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_factor_set UNIQUE (name, version)
);

CREATE TABLE emission_factor (
    id               UUID PRIMARY KEY,
    factor_set_id    UUID NOT NULL REFERENCES factor_set (id),
    name             VARCHAR(300) NOT NULL,
    category         VARCHAR(100),
    region           VARCHAR(100),
    reference_year   INTEGER,
    factor_value     NUMERIC(38, 12) NOT NULL,
    unit             VARCHAR(50) NOT NULL,
    source           VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_emission_factor UNIQUE (factor_set_id, name)
);

CREATE TABLE study (
    id              UUID PRIMARY KEY,
    company_id      UUID NOT NULL REFERENCES company (id),
    product_id      UUID NOT NULL REFERENCES product (id),
    facility_id     UUID NOT NULL REFERENCES facility (id),
    factor_set_id   UUID NOT NULL REFERENCES factor_set (id),
    name            VARCHAR(300) NOT NULL,
    reference_year  INTEGER NOT NULL,
    gwp_set         VARCHAR(10) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_study_name UNIQUE (company_id, name)
);

CREATE TABLE inventory_line (
    id                 UUID PRIMARY KEY,
    study_id           UUID NOT NULL REFERENCES study (id),
    line_no            INTEGER NOT NULL,
    stage              VARCHAR(40) NOT NULL,
    item               VARCHAR(300) NOT NULL,
    amount             NUMERIC(38, 12) NOT NULL,
    unit               VARCHAR(30) NOT NULL,
    factor_id          UUID NOT NULL REFERENCES emission_factor (id),
    facility_total     BOOLEAN NOT NULL,
    allocation_output  NUMERIC(38, 12),
    allocation_basis   VARCHAR(30),
    CONSTRAINT uq_inventory_line UNIQUE (study_id, line_no)
);

-- A calculation run is written once and never updated.
CREATE TABLE calculation_run (
    id              UUID PRIMARY KEY,
    study_id        UUID NOT NULL REFERENCES study (id),
    company_id      UUID NOT NULL REFERENCES company (id),
    factor_set_id   UUID NOT NULL REFERENCES factor_set (id),
    gwp_set         VARCHAR(10) NOT NULL,
    reference_year  INTEGER NOT NULL,
    total_kg_co2e   NUMERIC(38, 12) NOT NULL,
    input_hash      VARCHAR(64) NOT NULL,
    calculated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_run_study ON calculation_run (study_id, calculated_at);
CREATE INDEX ix_run_company ON calculation_run (company_id, calculated_at);

CREATE TABLE run_stage (
    run_id          UUID NOT NULL REFERENCES calculation_run (id),
    stage           VARCHAR(40) NOT NULL,
    kg_co2e         NUMERIC(38, 12) NOT NULL,
    share_percent   NUMERIC(38, 12) NOT NULL,
    PRIMARY KEY (run_id, stage)
);

CREATE TABLE run_line (
    run_id                  UUID NOT NULL REFERENCES calculation_run (id),
    line_no                 INTEGER NOT NULL,
    stage                   VARCHAR(40) NOT NULL,
    item                    VARCHAR(300) NOT NULL,
    amount                  NUMERIC(38, 12) NOT NULL,
    unit                    VARCHAR(30) NOT NULL,
    amount_in_factor_unit   NUMERIC(38, 12) NOT NULL,
    factor_unit             VARCHAR(30) NOT NULL,
    factor_id               UUID NOT NULL REFERENCES emission_factor (id),
    factor_kg_co2e_per_unit NUMERIC(38, 12) NOT NULL,
    allocation_divisor      NUMERIC(38, 12),
    kg_co2e                 NUMERIC(38, 12) NOT NULL,
    share_percent           NUMERIC(38, 12) NOT NULL,
    PRIMARY KEY (run_id, line_no)
);

CREATE TABLE run_warning (
    run_id          UUID NOT NULL REFERENCES calculation_run (id),
    seq             INTEGER NOT NULL,
    code            VARCHAR(60) NOT NULL,
    line_no         INTEGER,
    message         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, seq)
);
