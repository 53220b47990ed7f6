package dev.tanji.analytics.store;

import dev.tanji.analytics.warehouse.KgByGwpSet;
import dev.tanji.analytics.warehouse.LineRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GWP100 per gas under each GWP set ({@link LineRecord#GWP_SETS}), as the store holds them, and what they make of a
 * line's gases: its gas label and its kg CO2e under each set. Looked up once per gas of a line, not once per gas
 * and set.
 */
final class GwpValues {

    static final String CO2E = "CO2E";
    private static final List<String> SETS = LineRecord.GWP_SETS;

    /** Per gas, its value under each set in {@link #SETS} order; null where the set has none. */
    private final Map<String, BigDecimal[]> byGas;
    private final BigDecimal[] co2e = new BigDecimal[SETS.size()];
    private final BigDecimal[] none = new BigDecimal[SETS.size()];

    private GwpValues(Map<String, BigDecimal[]> byGas) {
        this.byGas = byGas;
        Arrays.fill(co2e, BigDecimal.ONE);
    }

    static GwpValues read(Connection connection) throws SQLException {
        Map<String, BigDecimal[]> byGas = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select gwp_set, gas, gwp100 from gwp_value"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int set = SETS.indexOf(rows.getString(1));
                if (set >= 0) {
                    byGas.computeIfAbsent(rows.getString(2), gas -> new BigDecimal[SETS.size()])[set] =
                            ChunkStatements.Columns.trimmed(rows.getString(3));
                }
            }
        }
        return new GwpValues(byGas);
    }

    /** The one gas a line emits, {@code CO2E} for a line without gases, or {@code MIXED}. */
    static String label(List<LineGas> gases) {
        return gases.size() == 1 ? gases.get(0).gas() : gases.isEmpty() ? CO2E : "MIXED";
    }

    /**
     * The line's kg CO2e under each GWP set that has a value for every gas of the line. A line given in CO2e alone
     * (no gases, or CO2E only) is the same under every set.
     */
    KgByGwpSet underEachSet(List<LineGas> gases, BigDecimal kgCo2e) {
        BigDecimal inCo2e = inCo2eAlone(gases, kgCo2e);
        if (inCo2e != null) {
            return KgByGwpSet.same(inCo2e);
        }
        BigDecimal[] kg = new BigDecimal[SETS.size()];
        Arrays.fill(kg, BigDecimal.ZERO);
        for (LineGas gas : gases) {
            BigDecimal[] values = CO2E.equals(gas.gas()) ? co2e : byGas.getOrDefault(gas.gas(), none);
            for (int set = 0; set < kg.length; set++) {
                kg[set] = kg[set] == null || values[set] == null ? null : kg[set].add(gas.kg().multiply(values[set]));
            }
        }
        return KgByGwpSet.of(kg);
    }

    /** The line's kg CO2e if it is given in CO2e alone; null if a gas of it needs a GWP. */
    private static BigDecimal inCo2eAlone(List<LineGas> gases, BigDecimal kgCo2e) {
        if (gases.isEmpty()) {
            return kgCo2e;
        }
        BigDecimal kg = null;
        for (LineGas gas : gases) {
            if (!CO2E.equals(gas.gas())) {
                return null;
            }
            kg = kg == null ? gas.kg() : kg.add(gas.kg());
        }
        return kg;
    }

    /** One gas of a line: its name and kilograms. */
    record LineGas(int lineNo, String gas, BigDecimal kg) {
    }
}
