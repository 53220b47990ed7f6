-- A synthetic store, generated on the server from numbers alone: every value is a function of its row's number
-- (${seed} salts the hashes), so the same parameters give the same store. Steps run in order; the statements of
-- one step run together on one connection; a step marked "beside the one before" runs on a second connection at
-- the same time as that one.
-- Placeholders: ${seed}, ${companies}, ${studies}, ${runs}, ${lines}. Helper tables and functions start with gen_
-- and are dropped at the end.

-- step: helpers
CREATE FUNCTION gen_h(k bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT abs(hashint8extended(k, ${seed}) % 1000000007)::int';

-- Where run r's lines start in the numbering of all lines: r × lines / runs, give or take 9.
CREATE FUNCTION gen_first_line(r bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS 'SELECT CASE WHEN r <= 0 THEN 0 WHEN r >= ${runs} THEN ${lines}
        ELSE r * ${lines} / ${runs} + gen_h(r * 8 + 5) % 19 - 9 END';

-- What lines buy: kg CO2e per factor unit (base, give or take 20 % per factor set), and whether the factor is given
-- per gas (CO2, CH4 fossil, N2O: fuels burnt) rather than in CO2e. Repeated items make a stage more frequent.
CREATE TABLE gen_item (item_no int PRIMARY KEY, factor_no int, stage varchar(40), item varchar(300),
    unit varchar(30), factor_unit varchar(30), conversion numeric, base numeric, per_gas boolean);
INSERT INTO gen_item VALUES
    (0, 0, 'RAW_MATERIAL_ACQUISITION', 'steel sheet, hot rolled', 'kg', 'kg', 1, 2.100, false),
    (1, 1, 'RAW_MATERIAL_ACQUISITION', 'aluminium ingot, primary', 'kg', 'kg', 1, 8.600, false),
    (2, 2, 'RAW_MATERIAL_ACQUISITION', 'polypropylene granulate', 'kg', 'kg', 1, 1.900, false),
    (3, 3, 'RAW_MATERIAL_ACQUISITION', 'corrugated cardboard', 'kg', 'kg', 1, 0.900, false),
    (4, 4, 'RAW_MATERIAL_ACQUISITION', 'copper wire', 'kg', 'kg', 1, 3.800, false),
    (5, 5, 'RAW_MATERIAL_ACQUISITION', 'grey iron casting', 't', 'kg', 1000, 1.500, false),
    (6, 6, 'RAW_MATERIAL_ACQUISITION', 'portland cement', 't', 'kg', 1000, 0.830, false),
    (7, 7, 'RAW_MATERIAL_ACQUISITION', 'glass fibre', 'kg', 'kg', 1, 2.600, false),
    (8, 8, 'RAW_MATERIAL_TRANSPORT', 'road freight, diesel truck', 't·km', 't·km', 1, 0.110, false),
    (9, 9, 'RAW_MATERIAL_TRANSPORT', 'rail freight, electric', 't·km', 't·km', 1, 0.030, false),
    (10, 10, 'RAW_MATERIAL_TRANSPORT', 'sea freight, container ship', 't·km', 't·km', 1, 0.016, false),
    (11, 11, 'PRODUCTION', 'grid electricity', 'kWh', 'kWh', 1, 0.570, false),
    (12, 12, 'PRODUCTION', 'natural gas, industrial boiler', 'm³', 'm³', 1, 1.950, true),
    (13, 13, 'PRODUCTION', 'diesel, stationary engine', 'L', 'L', 1, 2.680, true),
    (14, 14, 'PRODUCTION', 'process water', 'm³', 'm³', 1, 0.340, false),
    (15, 11, 'PRODUCTION', 'grid electricity', 'MWh', 'kWh', 1000, 0.570, false),
    (16, 8, 'DISTRIBUTION', 'road freight, diesel truck', 't·km', 't·km', 1, 0.110, false),
    (17, 11, 'USE', 'grid electricity', 'kWh', 'kWh', 1, 0.570, false),
    (18, 18, 'END_OF_LIFE', 'landfill, mixed waste', 'kg', 'kg', 1, 0.580, false),
    (19, 19, 'END_OF_LIFE', 'municipal incineration', 'kg', 'kg', 1, 0.950, true);

CREATE TABLE gen_company AS
SELECT c AS company_no, md5('company ' || c)::uuid AS company_id,
       format('%s %s %s', (ARRAY['Northwind', 'Contoso', 'Fabrikam', 'Tailspin', 'Litware', 'Adatum', 'Wingtip',
           'Proseware', 'Lucerne', 'Alpine'])[1 + gen_h(c * 8) % 10],
           (ARRAY['Castings', 'Motors', 'Cement', 'Packaging', 'Textiles', 'Glassworks', 'Plastics', 'Electronics',
           'Steel', 'Furniture'])[1 + gen_h(c * 8 + 1) % 10], lpad(c::text, 5, '0')) AS name,
       1 + gen_h(c * 8 + 2) % 4 AS facility_count, 4 + gen_h(c * 8 + 3) % 9 AS product_count
FROM generate_series(0, ${companies} - 1) AS c;

CREATE TABLE gen_study AS
SELECT s AS study_no, md5('study ' || s)::uuid AS study_id, c.company_no, c.company_id,
       (2015 + (s / ${companies}) % 11)::int AS reference_year,
       gen_h(s * 8 + 1) % c.product_count AS product_no, gen_h(s * 8 + 2) % c.facility_count AS facility_no
FROM generate_series(0::bigint, ${studies} - 1) AS s JOIN gen_company c ON c.company_no = s % ${companies};

-- Run r is of study r × studies / runs: a study has one run, or two when it was recalculated under the company's
-- newer factor set (version 1).
CREATE TABLE gen_run AS
SELECT r AS run_no, md5('run ' || r)::uuid AS run_id, s.*, x.version,
       md5('factor set ' || s.company_no || ' ' || x.version)::uuid AS factor_set_id,
       s.company_no * 2 + x.version AS factor_set_key,
       CASE WHEN s.reference_year < 2021 THEN 'AR5' ELSE 'AR6' END AS gwp_set,
       gen_first_line(r) AS first_line, gen_first_line(r + 1) - gen_first_line(r) AS line_count,
       make_timestamptz(s.reference_year + 1, 1 + (gen_h(r * 8 + 1) % 6)::int, 1 + (gen_h(r * 8 + 2) % 28)::int,
           (gen_h(r * 8 + 3) % 24)::int, (gen_h(r * 8 + 4) % 60)::int, 0, 'UTC')
           + x.version * interval '120 days' AS calculated_at
FROM generate_series(0::bigint, ${runs} - 1) AS r
CROSS JOIN LATERAL (SELECT CASE WHEN r > 0 AND (r - 1) * ${studies} / ${runs} = r * ${studies} / ${runs}
                           THEN 1 ELSE 0 END AS version) x
JOIN gen_study s ON s.study_no = r * ${studies} / ${runs};
ALTER TABLE gen_run ADD COLUMN gwp_ch4 numeric, ADD COLUMN gwp_n2o numeric;
UPDATE gen_run SET gwp_ch4 = (SELECT gwp100 FROM gwp_value WHERE gwp_set = gen_run.gwp_set AND gas = 'CH4_FOSSIL'),
                   gwp_n2o = (SELECT gwp100 FROM gwp_value WHERE gwp_set = gen_run.gwp_set AND gas = 'N2O');
ALTER TABLE gen_run ADD PRIMARY KEY (run_no);

-- Every line, computed, not stored: its amount, its factor (kg CO2e, or kg of each gas, per factor unit) and kg CO2e,
-- exact in the store's NUMERIC(38,12) columns (each gas's kg CO2e is rounded to 12 places, and the line is their sum).
CREATE VIEW gen_line AS
SELECT r.run_no, r.run_id, r.company_no, r.version, r.factor_set_key, r.reference_year, l.line_no,
       i.item_no, i.factor_no, i.stage, i.item, i.unit, i.factor_unit, i.per_gas,
       v.amount, v.amount * i.conversion AS amount_in_factor_unit, v.factor,
       v.amount * i.conversion * v.factor AS kg_co2,
       v.amount * i.conversion * v.factor * 0.001 AS kg_ch4,
       v.amount * i.conversion * v.factor * 0.0001 AS kg_n2o,
       r.gwp_ch4, r.gwp_n2o,
       CASE WHEN i.per_gas
            THEN v.amount * i.conversion * v.factor + round(v.amount * i.conversion * v.factor * 0.001 * r.gwp_ch4, 12)
                 + round(v.amount * i.conversion * v.factor * 0.0001 * r.gwp_n2o, 12)
            ELSE v.amount * i.conversion * v.factor END AS kg_co2e,
       CASE WHEN i.per_gas THEN v.factor + v.factor * 0.001 * r.gwp_ch4 + v.factor * 0.0001 * r.gwp_n2o
            ELSE v.factor END AS factor_kg_co2e_per_unit,
       (r.first_line + l.line_no) AS line_key
FROM gen_run r
CROSS JOIN LATERAL generate_series(1, r.line_count) AS l(line_no)
JOIN gen_item i ON i.item_no = gen_h((r.first_line + l.line_no) * 8 + 1) % 20
CROSS JOIN LATERAL (SELECT (gen_h((r.first_line + l.line_no) * 8 + 2) % 999999 + 1) * 0.001 AS amount,
                           i.base * (800 + gen_h(r.factor_set_key * 32 + i.factor_no) % 401) * 0.001 AS factor) v;

-- step: stage totals
CREATE TABLE gen_stage AS
SELECT run_no, stage, sum(kg_co2e) AS kg_co2e FROM gen_line GROUP BY run_no, stage;
CREATE TABLE gen_total AS
SELECT run_no, sum(kg_co2e) AS kg_co2e FROM gen_stage GROUP BY run_no;
ALTER TABLE gen_total ADD PRIMARY KEY (run_no);
ANALYZE gen_total;

-- step: companies, beside the one before
INSERT INTO company (id, name, credit_code, created_at)
SELECT company_id, name, '91' || lpad((gen_h(company_no * 8 + 4) % 1000000000)::text, 16, '0'),
       timestamptz '2014-01-01 00:00:00+00' + company_no * interval '1 hour'
FROM gen_company;

INSERT INTO facility (id, company_id, name, grid_region, province, created_at)
SELECT md5('facility ' || c.company_no || ' ' || k)::uuid, c.company_id,
       (ARRAY['Main plant', 'East plant', 'River works', 'Assembly site'])[1 + k],
       (ARRAY['CN-GRID-NORTH', 'CN-GRID-EAST', 'CN-GRID-CENTRAL', 'CN-GRID-SOUTH'])
           [1 + gen_h(c.company_no * 8 + k) % 4],
       (ARRAY['CN-BJ', 'CN-SH', 'CN-HB', 'CN-GD', 'CN-JS', 'CN-SC'])[1 + gen_h(c.company_no * 16 + k) % 6],
       timestamptz '2014-01-01 00:00:00+00' + c.company_no * interval '1 hour'
FROM gen_company c CROSS JOIN LATERAL generate_series(0, c.facility_count - 1) AS k;

INSERT INTO product (id, company_id, name, category, functional_unit, created_at)
SELECT md5('product ' || c.company_no || ' ' || p)::uuid, c.company_id,
       cat.category || ' ' || chr(65 + p) || '-' || (100 + gen_h(c.company_no * 64 + p) % 900), cat.category,
       cat.unit, timestamptz '2014-01-01 00:00:00+00' + c.company_no * interval '1 hour'
FROM gen_company c CROSS JOIN LATERAL generate_series(0, c.product_count - 1) AS p
CROSS JOIN LATERAL (SELECT (ARRAY['grey iron castings', 'electric motors', 'portland cement', 'PET bottles',
        'cardboard boxes', 'aluminium profiles', 'glass containers', 'cotton fabric', 'steel beams',
        'office chairs', 'copper cable', 'ceramic tiles', 'paint', 'LED luminaires', 'valves', 'pumps',
        'solar modules', 'tyres', 'printed circuit boards', 'insulation panels'])[1 + k] AS category,
        (ARRAY['1 t', '1 unit', '1 t', '1000 units', '1000 units', '1 t', '1 t', '1 m²', '1 t', '1 unit', '1 km',
        '1 m²', '1 L', '1 unit', '1 unit', '1 unit', '1 kWp', '1 unit', '1 m²', '1 m²'])[1 + k] AS unit
    FROM (SELECT gen_h(c.company_no * 64 + p + 32) % 20 AS k) AS n) AS cat;

INSERT INTO factor_set (id, company_id, name, publisher, version, publication_year, created_at, gwp_basis, source)
SELECT md5('factor set ' || c.company_no || ' ' || v)::uuid, c.company_id, c.name || ' supplier factors', c.name,
       (2022 + 2 * v)::text, 2022 + 2 * v, timestamptz '2022-01-01 00:00:00+00' + v * interval '730 days', 'AR6',
       'synthetic: supplier-specific factors'
FROM gen_company c CROSS JOIN generate_series(0, 1) AS v;

INSERT INTO emission_factor (id, factor_set_id, name, category, region, reference_year, factor_value, unit, source,
                             lookup_key, uncertainty_percent, confidence)
SELECT md5('factor ' || s.key || ' ' || i.factor_no)::uuid, md5('factor set ' || s.key / 2 || ' ' || s.key % 2)::uuid,
       i.item, i.stage, 'CN', 2022 + 2 * (s.key % 2),
       CASE WHEN i.per_gas THEN NULL ELSE i.base * (800 + gen_h(s.key * 32 + i.factor_no) % 401) * 0.001 END,
       CASE WHEN i.per_gas THEN 'kg / ' ELSE 'kg CO2e / ' END || i.factor_unit, 'synthetic',
       lower(i.item) || '|cn|' || (2022 + 2 * (s.key % 2)), 10 + gen_h(s.key * 32 + i.factor_no + 7) % 21, 'MEDIUM'
FROM generate_series(0, 2 * ${companies} - 1) AS s(key) JOIN gen_item i ON i.item_no = i.factor_no;

INSERT INTO emission_factor_gas (factor_id, gas, amount)
SELECT md5('factor ' || s.key || ' ' || i.factor_no)::uuid, g.gas,
       i.base * (800 + gen_h(s.key * 32 + i.factor_no) % 401) * 0.001 * g.share
FROM generate_series(0, 2 * ${companies} - 1) AS s(key) JOIN gen_item i ON i.item_no = i.factor_no AND i.per_gas
CROSS JOIN (VALUES ('CO2', 1), ('CH4_FOSSIL', 0.001), ('N2O', 0.0001)) AS g(gas, share);

INSERT INTO study (id, company_id, product_id, facility_id, factor_set_id, name, reference_year, gwp_set, created_at,
                   declared_unit, system_boundary, standards)
SELECT s.study_id, s.company_id, md5('product ' || s.company_no || ' ' || s.product_no)::uuid,
       md5('facility ' || s.company_no || ' ' || s.facility_no)::uuid,
       md5('factor set ' || s.company_no || ' 0')::uuid,
       'PCF ' || s.reference_year || ' #' || s.study_no, s.reference_year,
       CASE WHEN s.reference_year < 2021 THEN 'AR5' ELSE 'AR6' END,
       make_timestamptz(s.reference_year + 1, 1, 1, 0, 0, 0, 'UTC'), false, 'CRADLE_TO_GRAVE', 'ISO 14067:2018'
FROM gen_study s;

INSERT INTO study_factor_set (study_id, priority, factor_set_id)
SELECT study_id, 0, md5('factor set ' || company_no || ' 0')::uuid FROM gen_study;

-- step: runs
INSERT INTO calculation_run (id, study_id, company_id, factor_set_id, gwp_set, reference_year, total_kg_co2e,
                             input_hash, calculated_at, fossil_kg_co2e, biogenic_kg_co2e, unspecified_kg_co2e,
                             primary_data_share_percent, data_quality_rating)
SELECT r.run_id, r.study_id, r.company_id, r.factor_set_id, r.gwp_set, r.reference_year, t.kg_co2e,
       md5('inputs ' || r.study_no), r.calculated_at, t.kg_co2e, 0, 0,
       (gen_h(r.run_no * 8 + 6) % 10001) * 0.01, 1 + (gen_h(r.run_no * 8 + 7) % 401) * 0.01
FROM gen_run r JOIN gen_total t ON t.run_no = r.run_no;

INSERT INTO run_stage (run_id, stage, kg_co2e, share_percent)
SELECT r.run_id, s.stage, s.kg_co2e, CASE WHEN t.kg_co2e = 0 THEN 0 ELSE round(s.kg_co2e * 100 / t.kg_co2e, 12) END
FROM gen_stage s JOIN gen_run r ON r.run_no = s.run_no JOIN gen_total t ON t.run_no = s.run_no;

-- step: lines
INSERT INTO run_line (run_id, line_no, stage, item, amount, unit, amount_in_factor_unit, factor_unit, factor_id,
                      factor_kg_co2e_per_unit, kg_co2e, share_percent, factor_name, factor_set_name,
                      factor_set_version, factor_region, factor_year, selection_rule, data_type, temporal_rating,
                      geographic_rating, technology_rating, quality_rating)
SELECT l.run_id, l.line_no, l.stage, l.item, l.amount, l.unit, l.amount_in_factor_unit, l.factor_unit,
       md5('factor ' || l.factor_set_key || ' ' || l.factor_no)::uuid, l.factor_kg_co2e_per_unit, l.kg_co2e,
       CASE WHEN t.kg_co2e = 0 THEN 0 ELSE round(l.kg_co2e * 100 / t.kg_co2e, 12) END,
       l.item, c.name || ' supplier factors', (2022 + 2 * l.version)::text, 'CN', 2022 + 2 * l.version, 'EXPLICIT',
       CASE WHEN gen_h(l.line_key * 8 + 3) % 3 = 0 THEN 'PRIMARY' ELSE 'SECONDARY' END,
       1 + (gen_h(l.line_key * 8 + 4) % 5)::int, 1 + (gen_h(l.line_key * 8 + 5) % 5)::int,
       1 + (gen_h(l.line_key * 8 + 6) % 5)::int, 1 + (gen_h(l.line_key * 8 + 7) % 401) * 0.01
FROM gen_line l JOIN gen_total t ON t.run_no = l.run_no JOIN gen_company c ON c.company_no = l.company_no;

-- step: gases, beside the one before
-- (a line in CO2e alone has no gas rows, as the product stores it)
INSERT INTO run_line_gas (run_id, line_no, gas, kg_gas, gwp, kg_co2e)
SELECT l.run_id, l.line_no, g.gas, g.kg, g.gwp, round(g.kg * g.gwp, 12)
FROM gen_line l CROSS JOIN LATERAL (VALUES ('CO2', l.kg_co2, 1), ('CH4_FOSSIL', l.kg_ch4, l.gwp_ch4),
                                           ('N2O', l.kg_n2o, l.gwp_n2o)) AS g(gas, kg, gwp)
WHERE l.per_gas;

-- step: clean up
DROP VIEW gen_line;
DROP TABLE gen_total, gen_stage, gen_run, gen_study, gen_company, gen_item;
DROP FUNCTION gen_first_line(bigint);
DROP FUNCTION gen_h(bigint);
