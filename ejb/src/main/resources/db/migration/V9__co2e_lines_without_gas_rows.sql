-- A line in CO2e alone (its one gas CO2E) is stored without a gas row: its gas is its kg CO2e, read back as CO2E
-- with a GWP of 1. The rows runs calculated before kept for such lines go where they say nothing the line does not:
-- the line's only gas, a GWP of 1, and kg of the gas and kg CO2e both equal to the line's kg CO2e. A row whose kg of
-- the gas has digits beyond the line's 12 decimals stays, and reads as before.
DELETE FROM run_line_gas
WHERE gas = 'CO2E'
  AND gwp = 1
  AND EXISTS (SELECT 1 FROM run_line l
              WHERE l.run_id = run_line_gas.run_id AND l.line_no = run_line_gas.line_no
                AND l.kg_co2e = run_line_gas.kg_gas AND l.kg_co2e = run_line_gas.kg_co2e)
  AND NOT EXISTS (SELECT 1 FROM run_line_gas o
                  WHERE o.run_id = run_line_gas.run_id AND o.line_no = run_line_gas.line_no AND o.gas <> 'CO2E');
