package dev.tanji.quantity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a mass of emission counts: CO2 equivalents already characterised ({@link #CO2E}), or one greenhouse gas that
 * a GWP set characterises. The constants' names are the stable codes stored and exchanged (GraphQL, import files,
 * the GWP tables); {@link #symbol()} is how reports print them.
 */
public enum Gas {
    CO2E("CO2e", Origin.UNSPECIFIED),
    CO2("CO2", Origin.FOSSIL),
    CO2_BIOGENIC("CO2 biogenic", Origin.BIOGENIC),
    /** Methane with no origin given; characterised with the generic CH4 GWP. */
    CH4("CH4", Origin.UNSPECIFIED),
    CH4_FOSSIL("CH4 fossil", Origin.FOSSIL),
    CH4_NON_FOSSIL("CH4 non-fossil", Origin.BIOGENIC),
    N2O("N2O", Origin.UNSPECIFIED),
    SF6("SF6", Origin.UNSPECIFIED),
    NF3("NF3", Origin.UNSPECIFIED),
    CF4("CF4", Origin.UNSPECIFIED),
    C2F6("C2F6", Origin.UNSPECIFIED),
    HFC_23("HFC-23", Origin.UNSPECIFIED),
    HFC_32("HFC-32", Origin.UNSPECIFIED),
    HFC_125("HFC-125", Origin.UNSPECIFIED),
    HFC_134A("HFC-134a", Origin.UNSPECIFIED),
    HFC_143A("HFC-143a", Origin.UNSPECIFIED),
    HFC_152A("HFC-152a", Origin.UNSPECIFIED),
    HFC_227EA("HFC-227ea", Origin.UNSPECIFIED),
    HFC_245FA("HFC-245fa", Origin.UNSPECIFIED),
    R_404A("R-404A", Origin.UNSPECIFIED),
    R_410A("R-410A", Origin.UNSPECIFIED);

    /**
     * Whether a gas's carbon comes from fossil or biogenic sources, which ISO 14067:2018 (7.2, 7.3) requires to be
     * reported apart where known. Nitrous oxide and fluorinated gases carry no such split.
     */
    public enum Origin { FOSSIL, BIOGENIC, UNSPECIFIED }

    private static final Map<String, Gas> BY_SPELLING = Arrays.stream(values())
            .flatMap(gas -> Stream.of(
                    Map.entry(normalise(gas.name()), gas), Map.entry(normalise(gas.symbol), gas)))
            .distinct()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));

    private final String symbol;
    private final Origin origin;

    Gas(String symbol, Origin origin) {
        this.symbol = symbol;
        this.origin = origin;
    }

    public String symbol() {
        return symbol;
    }

    public Origin origin() {
        return origin;
    }

    /**
     * The gas a code or symbol names: {@code CH4_FOSSIL}, {@code "CH4 fossil"}, {@code "hfc-134a"}, {@code CO₂e},
     * {@code CO2-eq}; case, spaces, dashes, underscores and subscript digits do not matter.
     *
     * @throws UnknownGasException for anything else
     */
    public static Gas parse(String text) {
        Gas gas = text == null ? null : BY_SPELLING.get(normalise(text));
        if (gas == null) {
            throw new UnknownGasException(text);
        }
        return gas;
    }

    private static String normalise(String text) {
        String plain = text.strip().toUpperCase(Locale.ROOT).replace('₂', '2').replace('₄', '4').replace('₆', '6')
                .replaceAll("[\\s_\\-]", "");
        return plain.equals("CO2EQ") ? "CO2E" : plain;
    }
}
