package dev.tanji.footprint.model;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The 100-year global warming potentials of one IPCC assessment report (AR4, AR5, AR6), by gas. {@link Gas#CO2E}
 * is 1 in every table: it is already characterised.
 *
 * @param name the set's name, e.g. {@code "AR6"}
 */
public record GwpTable(String name, Map<Gas, BigDecimal> values) {

    public GwpTable {
        Objects.requireNonNull(name, "name");
        Map<Gas, BigDecimal> copy = new EnumMap<>(Gas.class);
        copy.putAll(values);
        copy.put(Gas.CO2E, BigDecimal.ONE);
        values = Map.copyOf(copy);
    }

    /** A table in which only CO2 and CO2e are defined, for studies whose factors are all in CO2e or CO2. */
    public static GwpTable co2Only(String name) {
        return new GwpTable(name, Map.of(Gas.CO2, BigDecimal.ONE, Gas.CO2_BIOGENIC, BigDecimal.ONE));
    }

    /**
     * @throws CalculationException ({@value CalculationException#GWP_NOT_DEFINED}) if this table has no value for
     *     {@code gas}
     */
    public BigDecimal gwp(Gas gas) {
        BigDecimal value = values.get(gas);
        if (value == null) {
            throw new CalculationException(CalculationException.GWP_NOT_DEFINED, "The GWP set " + name
                    + " has no GWP100 for " + gas.symbol() + "; choose another GWP set or give the factor in CO2e");
        }
        return value;
    }
}
