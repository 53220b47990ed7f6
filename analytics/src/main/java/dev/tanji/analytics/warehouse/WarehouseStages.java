package dev.tanji.analytics.warehouse;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The life-cycle stages (or process groups) a run's lines belong to, in result order, as the warehouse names them:
 * each is a {@code stage} value of {@code line_items} and a column {@code <stage>_kg_co2e} of {@code runs}.
 */
public final class WarehouseStages {

    public static final List<String> NAMES = List.of("RAW_MATERIAL_ACQUISITION", "RAW_MATERIAL_TRANSPORT",
            "PRODUCTION", "DISTRIBUTION", "USE", "END_OF_LIFE", "ENERGY", "DIRECT_EMISSIONS");
    /** {@link #NAMES} to look a stage up in: every line item read is checked against them. */
    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    private WarehouseStages() {
    }

    /** The {@code runs} column holding a stage's kg CO2e: {@code production_kg_co2e}. */
    public static String column(String stage) {
        return requireKnown(stage).toLowerCase(Locale.ROOT) + "_kg_co2e";
    }

    static String requireKnown(String stage) {
        if (!KNOWN.contains(stage)) {
            throw new IllegalArgumentException("Unknown life-cycle stage " + stage + "; expected one of " + NAMES);
        }
        return stage;
    }
}
