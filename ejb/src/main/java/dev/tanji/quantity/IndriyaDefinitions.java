package dev.tanji.quantity;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;

import java.math.BigDecimal;
import java.math.BigInteger;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.function.MultiplyConverter;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;
import tech.units.indriya.unit.Units;

/**
 * The JSR 385 definitions behind {@link dev.tanji.quantity.Units}. Kept apart so that the public catalogue reads in
 * Tanji's own names and no {@code javax.measure} type leaves this package.
 */
final class IndriyaDefinitions {

    static final Unit<?> KILOGRAM = Units.KILOGRAM;
    static final Unit<?> GRAM = Units.GRAM;
    static final Unit<?> TONNE = Units.KILOGRAM.multiply(1000);

    static final Unit<?> MEGAJOULE = MEGA(Units.JOULE);
    static final Unit<?> GIGAJOULE = GIGA(Units.JOULE);
    static final Unit<?> KILOWATT_HOUR = KILO(Units.WATT).multiply(Units.HOUR);
    static final Unit<?> MEGAWATT_HOUR = MEGA(Units.WATT).multiply(Units.HOUR);
    /** One million International Table British thermal units: 1 Btu = 1055.05585262 J exactly. */
    static final Unit<?> MILLION_BTU = Units.JOULE.transform(exactly("1055055852.62"));

    static final Unit<?> CUBIC_METRE = Units.CUBIC_METRE;
    static final Unit<?> LITRE = Units.LITRE;
    /**
     * The standard cubic foot of a gas (60 °F and 1 atm) in normal cubic metres (0 °C and 1 atm), by the ideal gas
     * law: the cubic foot, (0.3048 m)³ = 0.028316846592 m³, × 273.15 K / 288.705̅ K (60 °F = 519.67 °R × 5/9),
     * exactly 2719246867947 / 101498046875000 = 0.0267911250676... Nm³.
     */
    static final Unit<?> STANDARD_CUBIC_FOOT = Units.CUBIC_METRE.transform(MultiplyConverter.ofRational(
            BigInteger.valueOf(2_719_246_867_947L), BigInteger.valueOf(101_498_046_875_000L)));

    static final Unit<?> METRE = Units.METRE;
    static final Unit<?> KILOMETRE = KILO(Units.METRE);
    static final Unit<?> SQUARE_METRE = Units.SQUARE_METRE;

    static final Unit<?> TONNE_KILOMETRE = TONNE.multiply(KILOMETRE);
    static final Unit<?> KILOGRAM_KILOMETRE = Units.KILOGRAM.multiply(KILOMETRE);

    /** A counted item; dimensionless in JSR 385. */
    static final Unit<?> PIECE = new AlternateUnit<>(AbstractUnit.ONE, "piece");

    /*
     * Each currency is a base unit on a dimension of its own, so that Indriya too finds it commensurable with
     * nothing else, another currency included.
     */
    static final Unit<?> YUAN = currency("CNY", '¥');
    static final Unit<?> US_DOLLAR = currency("USD", '$');
    static final Unit<?> EURO = currency("EUR", '€');

    private IndriyaDefinitions() {
    }

    /** A converter multiplying by a decimal, kept as an exact rational rather than a {@code double}. */
    private static MultiplyConverter exactly(String factor) {
        BigDecimal decimal = new BigDecimal(factor);
        return MultiplyConverter.ofRational(decimal.unscaledValue(), BigInteger.TEN.pow(decimal.scale()));
    }

    private static Unit<?> currency(String code, char dimension) {
        return new BaseUnit<>(code, UnitDimension.parse(dimension));
    }
}
