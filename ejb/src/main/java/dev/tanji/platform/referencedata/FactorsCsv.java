package dev.tanji.platform.referencedata;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code factors.csv}: one emission factor per row, in a set of {@code factor-sets.csv}, with either a single
 * {@code value} or per-gas amounts in {@code gases} ({@code CO2=2.09;CH4_FOSSIL=3.75E-05;N2O=3.73E-06}).
 */
final class FactorsCsv {

    private static final List<String> HEADER = List.of("set_key", "name", "category", "region", "reference_year",
            "unit", "value", "gases", "uncertainty_percent", "confidence", "source");
    /** emission_factor.factor_value is NUMERIC(38, 12). */
    private static final int VALUE_SCALE = 12;
    /** emission_factor_gas.amount is NUMERIC(38, 18). */
    private static final int GAS_SCALE = 18;

    private FactorsCsv() {
    }

    static List<ReferenceFactor> factors(String file, String content, Set<String> setKeys) {
        List<ReferenceFactor> factors = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (CsvRows.Row row : CsvRows.read(file, content, HEADER)) {
            ReferenceFactor factor = factor(row, setKeys);
            if (!keys.add(factor.setKey() + "\u0000" + factor.lookupKey())) {
                throw row.error("set " + factor.setKey() + " already has a factor '" + factor.name() + "' for region '"
                        + (factor.region() == null ? "" : factor.region()) + "' and year "
                        + (factor.referenceYear() == null ? "(none)" : factor.referenceYear()));
            }
            factors.add(factor);
        }
        return factors;
    }

    private static ReferenceFactor factor(CsvRows.Row row, Set<String> setKeys) {
        String setKey = row.required("set_key", 100);
        if (!setKeys.contains(setKey)) {
            throw row.error("unknown factor set '" + setKey + "'; it is not a key in factor-sets.csv");
        }
        BigDecimal value = row.amount("value", VALUE_SCALE);
        String gasesText = row.optional("gases", 500);
        if ((value == null) == (gasesText == null)) {
            throw row.error(value == null
                    ? "give either value or gases; both are empty"
                    : "give either value or gases, not both");
        }
        Map<Gas, BigDecimal> gases = gasesText == null ? Map.of() : gases(row, gasesText);
        return new ReferenceFactor(setKey, row.required("name", 300), row.optional("category", 100),
                row.optional("region", 100), row.year("reference_year"), row.required("unit", 50), value, gases,
                row.amount("uncertainty_percent", 12), row.optional("confidence", 20), row.required("source", 2000));
    }

    private static Map<Gas, BigDecimal> gases(CsvRows.Row row, String text) {
        Map<Gas, BigDecimal> gases = new EnumMap<>(Gas.class);
        for (String part : text.split(";", -1)) {
            String[] codeAndAmount = part.split("=", -1);
            if (codeAndAmount.length != 2 || codeAndAmount[0].isBlank() || codeAndAmount[1].isBlank()) {
                throw row.error("gases entry '" + part.strip() + "' is not GAS=amount");
            }
            Gas gas = ReferenceDataCsv.gas(row, codeAndAmount[0].strip());
            BigDecimal amount = row.amount("amount of " + gas.name(), codeAndAmount[1].strip(), GAS_SCALE);
            if (gases.put(gas, amount) != null) {
                throw row.error("gas " + gas.name() + " appears twice in gases");
            }
        }
        return gases;
    }
}
