package dev.tanji.quantity;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;

import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
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

    static final Unit<?> CUBIC_METRE = Units.CUBIC_METRE;
    static final Unit<?> LITRE = Units.LITRE;

    static final Unit<?> METRE = Units.METRE;
    static final Unit<?> KILOMETRE = KILO(Units.METRE);
    static final Unit<?> SQUARE_METRE = Units.SQUARE_METRE;

    static final Unit<?> TONNE_KILOMETRE = TONNE.multiply(KILOMETRE);
    static final Unit<?> KILOGRAM_KILOMETRE = Units.KILOGRAM.multiply(KILOMETRE);

    /** A counted item; dimensionless in JSR 385. */
    static final Unit<?> PIECE = new AlternateUnit<>(AbstractUnit.ONE, "piece");

    /** Renminbi, on a base dimension of its own so that it is compatible with nothing else. */
    static final Unit<?> YUAN = new BaseUnit<>("CNY", UnitDimension.parse('¤'));

    private IndriyaDefinitions() {
    }
}
