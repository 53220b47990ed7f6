package dev.tanji.factor.application;

import static dev.tanji.platform.Validation.optionalText;
import static dev.tanji.platform.Validation.requireName;
import static dev.tanji.platform.Validation.requireNonNegative;
import static dev.tanji.platform.Validation.requireText;

import dev.tanji.factor.infrastructure.FactorContent;
import dev.tanji.factor.infrastructure.FactorGasAmount;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.Validation;
import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The checks a factor passes before it is stored, each failure a {@link DomainException} with a stable code: a
 * factor is one value in a unit naming its gas, or amounts per gas in a unit without gas, never both or neither
 * ({@value #INVALID_FACTOR}); no figure is negative ({@value #NEGATIVE_FACTOR}); units and gases are ones Tanji
 * reads ({@code UNKNOWN_UNIT}, {@code UNKNOWN_GAS}).
 */
final class FactorInputRules {

    static final String INVALID_FACTOR = "INVALID_FACTOR";
    static final String NEGATIVE_FACTOR = "NEGATIVE_FACTOR";

    /** The IPCC assessment reports a publisher may name as the basis of its CO2e figures. */
    static final List<String> GWP_BASES = List.of("AR4", "AR5", "AR6");

    private static final BigDecimal MAX_UNCERTAINTY_PERCENT = new BigDecimal(1000);

    private FactorInputRules() {
    }

    /** The GWP basis upper-cased, {@code null} if not given. */
    static String gwpBasis(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String basis = text.strip().toUpperCase(Locale.ROOT);
        if (!GWP_BASES.contains(basis)) {
            throw new DomainException(GwpSets.UNKNOWN_GWP_SET, "Unknown GWP basis '" + text.strip() + "'; use one of "
                    + String.join(", ", GWP_BASES) + ", or leave it out if the publisher does not say");
        }
        return basis;
    }

    static FactorContent content(NewFactor input) {
        String name = requireName("factor name", input.name());
        String what = "Factor '" + name + "'";
        boolean hasValue = input.value() != null;
        boolean hasGases = input.gases() != null && !input.gases().isEmpty();
        if (hasValue && hasGases) {
            throw new DomainException(INVALID_FACTOR, what + " has both a value and amounts per gas; give either one "
                    + "value in a unit naming its gas ('kg CO2e / t') or amounts per gas in a unit without gas "
                    + "('kg / m3')");
        }
        if (!hasValue && !hasGases) {
            throw new DomainException(INVALID_FACTOR, what + " has neither a value nor amounts per gas; give one");
        }
        String unitText = requireText("unit of factor '" + name + "'", input.unit(), 50);
        FactorUnit unit = FactorUnit.parse(unitText);
        List<FactorGasAmount> gases = List.of();
        if (hasValue) {
            requireSingleValueUnit(what, unit);
            requireNonNegative(NEGATIVE_FACTOR, what, input.value());
        } else {
            requirePerGasUnit(what, unit);
            gases = gases(what, input.gases());
        }
        return new FactorContent(name, optionalText("category of factor '" + name + "'", input.category(), 100),
                optionalText("region of factor '" + name + "'", input.region(), 100),
                input.referenceYear() == null ? null
                        : Validation.requireYear("referenceYear of factor '" + name + "'", input.referenceYear()),
                input.value(), unitText, gases, uncertainty(what, input.uncertaintyPercent()),
                optionalText("confidence of factor '" + name + "'", input.confidence(), 20),
                requireText("source of factor '" + name + "'", input.source(), 2000));
    }

    private static void requireSingleValueUnit(String what, FactorUnit unit) {
        if (unit.isPerGas()) {
            throw new DomainException(INVALID_FACTOR, what + " has one value, so its unit must name the gas, e.g. '"
                    + FactorUnit.of(unit.emissionUnit(), Gas.CO2E, unit.referenceUnit()) + "' rather than '" + unit
                    + "'; for amounts per gas give gases instead of value");
        }
    }

    private static void requirePerGasUnit(String what, FactorUnit unit) {
        if (!unit.isPerGas()) {
            throw new DomainException(INVALID_FACTOR, what + " gives amounts per gas, so its unit must not name a gas:"
                    + " write '" + FactorUnit.perGas(unit.emissionUnit(), unit.referenceUnit()) + "', not '" + unit
                    + "'");
        }
    }

    private static List<FactorGasAmount> gases(String what, List<NewGasAmount> amounts) {
        Set<Gas> seen = EnumSet.noneOf(Gas.class);
        List<FactorGasAmount> gases = new ArrayList<>();
        for (NewGasAmount amount : amounts) {
            if (amount == null) {
                throw new DomainException("INVALID_INPUT", what + " has an empty entry among its gases");
            }
            Gas gas = Gas.parse(requireText("a gas name of " + what, amount.gas(), 30));
            if (!seen.add(gas)) {
                throw new DomainException(INVALID_FACTOR, what + " names " + gas.symbol() + " twice; give each gas once");
            }
            requireNonNegative(NEGATIVE_FACTOR, what + ", amount of " + gas.symbol() + ",", amount.amount());
            gases.add(new FactorGasAmount(gas, amount.amount()));
        }
        return gases;
    }

    private static BigDecimal uncertainty(String what, BigDecimal percent) {
        if (percent != null && (percent.signum() < 0 || percent.compareTo(MAX_UNCERTAINTY_PERCENT) > 0)) {
            throw new DomainException("INVALID_INPUT", what + " has an uncertainty of " + percent.toPlainString()
                    + " %; give a percentage from 0 to " + MAX_UNCERTAINTY_PERCENT);
        }
        return percent;
    }
}
