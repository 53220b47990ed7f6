package dev.tanji.quantity;

import dev.tanji.platform.DomainException;
import java.util.Objects;

/**
 * Two units that had to measure the same thing do not, e.g. a factor per kWh applied to an amount in kg.
 * Code {@value #CODE}.
 */
public final class UnitMismatchException extends DomainException {

    public static final String CODE = "UNIT_MISMATCH";

    private static final String CURRENCIES =
            "one currency never converts into another (an exchange rate is not a unit)";

    private final UnitOfMeasure expected;
    private final UnitOfMeasure actual;

    public UnitMismatchException(UnitOfMeasure expected, UnitOfMeasure actual, String message) {
        super(CODE, message);
        this.expected = Objects.requireNonNull(expected, "expected");
        this.actual = Objects.requireNonNull(actual, "actual");
    }

    static UnitMismatchException converting(UnitOfMeasure from, UnitOfMeasure to) {
        return new UnitMismatchException(to, from, "Cannot convert " + from + " to " + to + ": "
                + (areCurrencies(from, to) ? CURRENCIES : from + " measures " + from.dimension().label() + ", " + to
                        + " measures " + to.dimension().label()));
    }

    /**
     * A mass into a volume or back, with no density to go by; {@code amount} is named in the message so that the
     * person can tell which density is wanted.
     */
    static UnitMismatchException withoutDensity(Quantity amount, UnitOfMeasure target) {
        return new UnitMismatchException(target, amount.unit(), "Cannot convert " + amount + " into " + target
                + " without a density; give the gas's density, e.g. 1.977 kg/m³ for CO2 at 0 °C and 1 atm");
    }

    static UnitMismatchException adding(UnitOfMeasure augend, UnitOfMeasure addend) {
        return new UnitMismatchException(augend, addend, "Cannot add an amount in " + addend + " to one in " + augend
                + ": " + (areCurrencies(augend, addend) ? CURRENCIES : addend.dimension().label() + " and "
                        + augend.dimension().label() + " do not add up"));
    }

    /** A factor per {@code factorUnit} cannot be applied to an amount in {@code amountUnit}. */
    public static UnitMismatchException applyingFactor(UnitOfMeasure factorUnit, UnitOfMeasure amountUnit) {
        return new UnitMismatchException(factorUnit, amountUnit, "Cannot apply a factor per " + factorUnit
                + " to an amount in " + amountUnit + mustBe(factorUnit, amountUnit));
    }

    /** As {@link #applyingFactor(UnitOfMeasure, UnitOfMeasure)}, naming the inventory item concerned. */
    public static UnitMismatchException applyingFactor(UnitOfMeasure factorUnit, UnitOfMeasure amountUnit,
                                                       String item) {
        return new UnitMismatchException(factorUnit, amountUnit, "Cannot apply a factor per " + factorUnit
                + " to an amount in " + amountUnit + " for '" + item + "'" + mustBe(factorUnit, amountUnit));
    }

    private static String mustBe(UnitOfMeasure factorUnit, UnitOfMeasure amountUnit) {
        return areCurrencies(factorUnit, amountUnit)
                ? ": the amount must be in " + factorUnit + "; " + CURRENCIES
                : ": the amount must be " + factorUnit.dimension().label() + ", not " + amountUnit.dimension().label();
    }

    private static boolean areCurrencies(UnitOfMeasure one, UnitOfMeasure other) {
        return one.dimension() == Dimension.MONEY && other.dimension() == Dimension.MONEY;
    }

    /** The unit (or a unit of the dimension) that was required. */
    public UnitOfMeasure expected() {
        return expected;
    }

    /** The unit that was given. */
    public UnitOfMeasure actual() {
        return actual;
    }
}
