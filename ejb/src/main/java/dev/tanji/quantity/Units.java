package dev.tanji.quantity;

import java.util.List;
import javax.measure.Unit;

/**
 * The units Tanji understands, and {@link #parse(String)} for the ways inventories spell them.
 *
 * <p>Accepted spellings: {@code kg g t}; {@code kWh MWh MJ GJ}; {@code mmBtu MMBtu MMBTU}; {@code m3 m³ Nm3 Nm³};
 * {@code scf}; {@code L l litre liter}; {@code piece pcs unit 台 套}; {@code m km}; {@code t·km tkm t*km "t km"};
 * {@code kg·km}; {@code m2 m²}; {@code CNY RMB USD EUR}; and the common Chinese names (千克 公斤 吨 度 千瓦时 立方米
 * 标方 升 公里 吨公里 个 件 元 美元 欧元 ...; see {@code UnitSymbols}). Symbols of two or more characters match
 * regardless of case ({@code KWH}, {@code Kg}), except that a lower-case leading {@code m} never stands for mega
 * ({@code mWh} is a milliwatt-hour, so it is refused rather than read as {@code MWh}; {@code mmBtu} is a spelling of
 * its own) nor a lower-case leading {@code n} for normal ({@code nm3} would be cubic nanometres). One-letter symbols
 * are case-sensitive: {@code t} is the tonne, {@code T} (tesla) is refused; {@code l} and {@code L} are the litre.
 *
 * <p>Gas volumes are taken at normal conditions, 0 °C and 1 atm (101.325 kPa): {@code Nm3} is read as
 * {@link #CUBIC_METRE} itself, a cubic metre of gas at those conditions, and a factor per m³ of a gas is a factor
 * per Nm³.
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
    /**
     * One million British thermal units (International Table Btu), exactly 1,055,055,852.62 J; the unit of US fuel
     * factors (EPA). The leading {@code mm} is the old "thousand thousand", not milli.
     */
    public static final UnitOfMeasure MILLION_BTU = unit("mmBtu", Dimension.ENERGY, IndriyaDefinitions.MILLION_BTU);

    /** The cubic metre; of a gas, the normal cubic metre (Nm³, at 0 °C and 1 atm), see the class comment. */
    public static final UnitOfMeasure CUBIC_METRE = unit("m³", Dimension.VOLUME, IndriyaDefinitions.CUBIC_METRE);
    public static final UnitOfMeasure LITRE = unit("L", Dimension.VOLUME, IndriyaDefinitions.LITRE);
    /**
     * The standard cubic foot of a gas, at US standard conditions (60 °F and 1 atm). A cubic metre of gas here is a
     * normal cubic metre (0 °C, see the class comment), and the same gas fills about 5.7 % more volume at 60 °F than
     * at 0 °C: 1 scf is 0.0267911... Nm³ (the cubic foot's 0.028316846592 m³ × 273.15 / 288.705̅), exactly, so that
     * an amount in scf meets a factor per Nm³ (or an amount in Nm³ a US factor per scf) at the same conditions.
     */
    public static final UnitOfMeasure STANDARD_CUBIC_FOOT =
            unit("scf", Dimension.VOLUME, IndriyaDefinitions.STANDARD_CUBIC_FOOT);

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

    /**
     * Chinese yuan. A currency converts into no other unit, not even another currency: an exchange rate changes
     * by the day and is not a unit conversion.
     */
    public static final UnitOfMeasure CNY = unit("CNY", Dimension.MONEY, IndriyaDefinitions.YUAN);
    /** US dollar; converts into no other unit, see {@link #CNY}. */
    public static final UnitOfMeasure USD = unit("USD", Dimension.MONEY, IndriyaDefinitions.US_DOLLAR);
    /** Euro; converts into no other unit, see {@link #CNY}. */
    public static final UnitOfMeasure EUR = unit("EUR", Dimension.MONEY, IndriyaDefinitions.EURO);

    private static final List<UnitOfMeasure> ALL = List.of(KILOGRAM, GRAM, TONNE, MEGAJOULE, GIGAJOULE,
            KILOWATT_HOUR, MEGAWATT_HOUR, MILLION_BTU, CUBIC_METRE, LITRE, STANDARD_CUBIC_FOOT, METRE, KILOMETRE,
            SQUARE_METRE, TONNE_KILOMETRE, KILOGRAM_KILOMETRE, PIECE, CNY, USD, EUR);

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
