package dev.tanji.footprint.model;

import static dev.tanji.quantity.Quantity.DIVISION_CONTEXT;

import dev.tanji.quantity.Dimension;
import dev.tanji.quantity.Quantity;
import dev.tanji.quantity.Units;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How a facility-level total for a period (a production line's 225,500 kWh in 2022) is shared over one functional
 * unit (ISO 14067:2018 6.4.6, allocation): the functional unit's part of the period's output, measured on one
 * basis. By unit count, 1 piece of 16,345 pieces made; by mass, 85 kg of the 1,200 t shipped; by economic value,
 * 3,000 CNY of the 49 million CNY sold.
 *
 * @param productShare what one functional unit contributes to the output on this basis
 * @param periodOutput the facility's whole output in the period, on the same basis
 */
public record Allocation(Basis basis, Quantity productShare, Quantity periodOutput) {

    /** What the period's output is measured in; each basis needs units of one dimension. */
    public enum Basis {
        UNIT_COUNT(Dimension.COUNT),
        MASS(Dimension.MASS),
        ECONOMIC_VALUE(Dimension.MONEY);

        private final Dimension dimension;

        Basis(Dimension dimension) {
            this.dimension = dimension;
        }

        public Dimension dimension() {
            return dimension;
        }
    }

    public Allocation {
        Objects.requireNonNull(basis, "basis");
        if (periodOutput == null || periodOutput.value().signum() <= 0) {
            throw invalid("An allocation needs the period's output as a positive quantity, not " + periodOutput);
        }
        if (productShare == null || productShare.value().signum() <= 0) {
            throw invalid("An allocation needs the functional unit's share as a positive quantity, not "
                    + productShare);
        }
        if (periodOutput.unit().dimension() != basis.dimension()
                || !productShare.unit().isCompatibleWith(periodOutput.unit())) {
            throw invalid("Allocation by " + basis + " needs both figures in " + basis.dimension().label()
                    + " units of one kind, not " + productShare + " of " + periodOutput);
        }
        if (productShare.to(periodOutput.unit()).value().compareTo(periodOutput.value()) > 0) {
            throw invalid("The functional unit's share (" + productShare + ") exceeds the period's whole output ("
                    + periodOutput + ")");
        }
    }

    /** Share a period total equally over {@code periodOutput} units made in the period. */
    public static Allocation byUnitCount(BigDecimal periodOutput) {
        return new Allocation(Basis.UNIT_COUNT, Quantity.of(BigDecimal.ONE, Units.PIECE),
                Quantity.of(periodOutput, Units.PIECE));
    }

    public static Allocation byUnitCount(String periodOutput) {
        return byUnitCount(new BigDecimal(periodOutput.strip()));
    }

    public static Allocation byMass(Quantity productMass, Quantity periodOutputMass) {
        return new Allocation(Basis.MASS, productMass, periodOutputMass);
    }

    public static Allocation byEconomicValue(Quantity productValue, Quantity periodRevenue) {
        return new Allocation(Basis.ECONOMIC_VALUE, productValue, periodRevenue);
    }

    /** The functional unit's part of a period total: {@code total × productShare ÷ periodOutput}. */
    public BigDecimal apply(BigDecimal periodTotal) {
        return periodTotal.multiply(productShare.to(periodOutput.unit()).value())
                .divide(periodOutput.value(), DIVISION_CONTEXT);
    }

    /** The fraction of the period total one functional unit carries, {@code productShare ÷ periodOutput}. */
    public BigDecimal fraction() {
        return apply(BigDecimal.ONE);
    }

    /** The figures as a person checks them, e.g. {@code "1 piece of 16345 piece"}. */
    public String figures() {
        return plain(productShare) + " of " + plain(periodOutput);
    }

    private static String plain(Quantity quantity) {
        return quantity.value().stripTrailingZeros().toPlainString() + " " + quantity.unit();
    }

    private static CalculationException invalid(String message) {
        return new CalculationException(CalculationException.INVALID_ALLOCATION, message);
    }
}
