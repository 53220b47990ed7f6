package dev.tanji.quantity;

import java.util.List;
import javax.measure.Unit;

/**
 * The units Tanji understands, and {@link #parse(String)} for the ways inventories spell them.
 *
 * <p>Accepted spellings: {@code kg g t}; {@code kWh MWh MJ GJ}; {@code m3 m³ L}; {@code piece pcs unit 台 套};
 * {@code m km}; {@code t·km tkm t*km "t km"}; {@code kg·km}; {@code m2 m²}; {@code CNY}; and the common Chinese
 * names (千克 公斤 吨 度 千瓦时 立方米 升 公里 吨公里 个 件 元 ...; see {@code UnitSymbols}). Symbols of two or more
 * characters match regardless of case ({@code KWH}, {@code Kg}), except that a lower-case leading {@code m} never
 * stands for mega ({@code mWh} is a milliwatt-hour, so it is refused rather than read as {@code MWh}). One-letter
 * symbols are case-sensitive: {@code t} is the tonne, {@code T} (tesla) is refused.
 */
public final class Units {

    public static final UnitOfMeasure KILOGRAM = unit("kg", Dimension.MASS, IndriyaDefinitions.KILOGRAM);
    public static final UnitOfMeasure GRAM = unit("g", Dimension.MASS, IndriyaDefinitions.GRAM);
    /** The metric tonne, 1000 kg (symbol {@code t}). */
    public static final UnitOfMeasure TONNE = unit("t", Dimension.MASS, IndriyaDefinitions.TONNE);

    public static final UnitOfMeasure MEGAJOULE = unit("MJ", Dimension.ENERGY, IndriyaDefinitions.MEGAJOULE);
    public static final UnitOfMeasure GIGAJOULE = unit("GJ", Dimension.ENERGY, IndriyaDefinitions.GIGAJOULE);
    public static final UnitOfMeasure KILOWATT_HOUR = unit("kWh", Dimension.ENERGY, IndriyaDefinitions.KILOWATT_HOUR);
    public static final UnitOfMeasure MEGAWATT_HOUR = unit("MWh", Dimension.ENERGY, IndriyaDefinitions.MEGAWATT_HOUR);

    public static final UnitOfMeasure CUBIC_METRE = unit("m³", Dimension.VOLUME, IndriyaDefinitions.CUBIC_METRE);
    public static final UnitOfMeasure LITRE = unit("L", Dimension.VOLUME, IndriyaDefinitions.LITRE);

    public static final UnitOfMeasure METRE = unit("m", Dimension.DISTANCE, IndriyaDefinitions.METRE);
    public static final UnitOfMeasure KILOMETRE = unit("km", Dimension.DISTANCE, IndriyaDefinitions.KILOMETRE);

    public static final UnitOfMeasure SQUARE_METRE = unit("m²", Dimension.AREA, IndriyaDefinitions.SQUARE_METRE);

    /** Freight transport work: one tonne carried one kilometre. */
    public static final UnitOfMeasure TONNE_KILOMETRE =
            unit("t·km", Dimension.MASS_DISTANCE, IndriyaDefinitions.TONNE_KILOMETRE);
    public static final UnitOfMeasure KILOGRAM_KILOMETRE =
            unit("kg·km", Dimension.MASS_DISTANCE, IndriyaDefinitions.KILOGRAM_KILOMETRE);

    /** One counted item: a piece, a unit, a set (台, 套). */
    public static final UnitOfMeasure PIECE = unit("piece", Dimension.COUNT, IndriyaDefinitions.PIECE);

    /** Chinese yuan. Money converts into no other unit. */
    public static final UnitOfMeasure CNY = unit("CNY", Dimension.MONEY, IndriyaDefinitions.YUAN);

    private static final List<UnitOfMeasure> ALL = List.of(KILOGRAM, GRAM, TONNE, MEGAJOULE, GIGAJOULE,
            KILOWATT_HOUR, MEGAWATT_HOUR, CUBIC_METRE, LITRE, METRE, KILOMETRE, SQUARE_METRE, TONNE_KILOMETRE,
            KILOGRAM_KILOMETRE, PIECE, CNY);

    private static final UnitSymbols SYMBOLS = new UnitSymbols(ALL);

    private Units() {
    }

    /**
     * The unit a symbol names.
     *
     * @throws UnknownUnitException for anything not listed in the class comment, carrying the text as given
     */
    public static UnitOfMeasure parse(String symbol) {
        return SYMBOLS.parse(symbol);
    }

    /** Every unit Tanji knows, one entry per unit (not per spelling). */
    public static List<UnitOfMeasure> all() {
        return ALL;
    }

    private static UnitOfMeasure unit(String symbol, Dimension dimension, Unit<?> definition) {
        return new UnitOfMeasure(symbol, dimension, definition);
    }
}
