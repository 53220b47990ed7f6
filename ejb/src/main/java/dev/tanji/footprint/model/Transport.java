package dev.tanji.footprint.model;

import dev.tanji.quantity.Dimension;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.UnitMismatchException;
import dev.tanji.quantity.Units;
import java.util.Objects;

/**
 * A transport leg as a study records it: the mass carried, the distance and the mode (road, rail, sea...). Freight
 * factors are per tonne-kilometre, so the leg becomes its {@link #work()}.
 *
 * @param mode free text such as "road, heavy diesel truck"; may be {@code null}
 */
public record Transport(Quantity mass, Quantity distance, String mode) {

    public Transport {
        Objects.requireNonNull(mass, "mass");
        Objects.requireNonNull(distance, "distance");
        if (mass.unit().dimension() != Dimension.MASS) {
            throw new UnitMismatchException(Units.TONNE, mass.unit(),
                    "A transport leg's mass must be a mass such as kg or t, not " + mass);
        }
        if (distance.unit().dimension() != Dimension.DISTANCE) {
            throw new UnitMismatchException(Units.KILOMETRE, distance.unit(),
                    "A transport leg's distance must be a distance such as km, not " + distance);
        }
    }

    /** Mass × distance in t·km, exactly. */
    public Quantity work() {
        return Quantity.of(mass.to(Units.TONNE).value().multiply(distance.to(Units.KILOMETRE).value()),
                Units.TONNE_KILOMETRE);
    }

    @Override
    public String toString() {
        return mass + " × " + distance + (mode == null ? "" : " by " + mode);
    }
}
