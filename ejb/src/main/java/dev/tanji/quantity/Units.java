package dev.tanji.quantity;

import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static tech.units.indriya.unit.Units.CUBIC_METRE;
import static tech.units.indriya.unit.Units.GRAM;
import static tech.units.indriya.unit.Units.HOUR;
import static tech.units.indriya.unit.Units.JOULE;
import static tech.units.indriya.unit.Units.KILOGRAM;
import static tech.units.indriya.unit.Units.LITRE;
import static tech.units.indriya.unit.Units.METRE;
import static tech.units.indriya.unit.Units.SQUARE_METRE;
import static tech.units.indriya.unit.Units.WATT;

import java.util.List;
import javax.measure.Unit;
import tech.units.indriya.AbstractUnit;
import tech.units.indriya.unit.AlternateUnit;
import tech.units.indriya.unit.BaseUnit;
import tech.units.indriya.unit.UnitDimension;

/** The units Tanji understands, and {@link #parse(String)} for the ways inventories spell them. */
public final class Units {

    private static final Unit<?> INDRIYA_TONNE = KILOGRAM.multiply(1000);

    public static final UnitOfMeasure KILOGRAM_ = unit("kg", Dimension.MASS, KILOGRAM);
    public static final UnitOfMeasure GRAM_ = unit("g", Dimension.MASS, GRAM);
    public static final UnitOfMeasure TONNE = unit("t", Dimension.MASS, INDRIYA_TONNE);

    private Units() {
    }

    private static UnitOfMeasure unit(String symbol, Dimension dimension, Unit<?> definition) {
        return new UnitOfMeasure(symbol, dimension, definition);
    }
}
