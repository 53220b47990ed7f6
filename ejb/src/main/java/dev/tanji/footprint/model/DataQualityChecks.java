package dev.tanji.footprint.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@link Warning}s of a calculated inventory; see the codes on {@link Warning}. */
final class DataQualityChecks {

    /**
     * The oldest a factor may be, in years before the inventory's reference year, before it is flagged. ISO
     * 14067:2018 6.3.5 requires data quality to address time-related coverage (temporal representativeness); five
     * years is a common tolerance (the ecoinvent pedigree matrix rates data under six years apart as good).
     */
    static final int MAX_FACTOR_AGE_YEARS = 5;

    /** A line contributing more than this many times all the other lines together is flagged as an outlier. */
    static final BigDecimal OUTLIER_RATIO = BigDecimal.valueOf(100);

    private final Inventory inventory;

    DataQualityChecks(Inventory inventory) {
        this.inventory = inventory;
    }

    /** @param results the calculated lines, in the inventory's order */
    List<Warning> warnings(List<LineResult> results) {
        BigDecimal magnitude = results.stream().map(result -> result.kgCo2e().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Warning> warnings = new ArrayList<>();
        functionalUnitStatements().ifPresent(warnings::add);
        for (LineResult result : results) {
            InventoryLine line = result.line();
            if (line.facilityTotal() && line.allocation() == null) {
                warnings.add(notAllocated(line, result));
            }
            BigDecimal others = magnitude.subtract(result.kgCo2e().abs());
            if (others.signum() > 0 && result.kgCo2e().abs().compareTo(OUTLIER_RATIO.multiply(others)) > 0) {
                warnings.add(outlier(line, result, others));
            }
            if (isTooOld(line.factor())) {
                warnings.add(tooOld(line));
            }
            if (isForAnotherRegion(line.factor())) {
                warnings.add(anotherRegion(line));
            }
            if (isCharacterisedWithAnotherGwpSet(line.factor())) {
                warnings.add(anotherGwpSet(line));
            }
        }
        return warnings;
    }

    private boolean isTooOld(EmissionFactor factor) {
        return factor.referenceYear() != null && inventory.referenceYear() != null
                && factor.referenceYear() < inventory.referenceYear() - MAX_FACTOR_AGE_YEARS;
    }

    private boolean isForAnotherRegion(EmissionFactor factor) {
        return inventory.location().match(factor.region()).kind() == GeographicMatch.Kind.OTHER;
    }

    private boolean isCharacterisedWithAnotherGwpSet(EmissionFactor factor) {
        String basis = factor.provenance().gwpBasis();
        return factor.isCo2eOnly() && isGiven(basis) && !basis.strip().equalsIgnoreCase(inventory.gwp().name());
    }

    /** One warning if the functional unit is stated in more than one way (ISO 14067:2018 6.3.3). */
    private Optional<Warning> functionalUnitStatements() {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String statement : inventory.functionalUnitStatements()) {
            if (isGiven(statement)) {
                distinct.putIfAbsent(statement.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT),
                        statement.strip());
            }
        }
        if (distinct.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new Warning(Warning.FUNCTIONAL_UNIT_INCONSISTENT, null, "The functional unit is stated "
                + distinct.size() + " ways: " + distinct.values().stream().map(text -> "'" + text + "'")
                .collect(Collectors.joining(", ")) + "; a study states one functional or declared unit and relates "
                + "every amount to it (ISO 14067:2018 6.3.3)"));
    }

    private static Warning notAllocated(InventoryLine line, LineResult result) {
        return new Warning(Warning.FACILITY_TOTAL_NOT_ALLOCATED, line.id(), "'" + line.item()
                + "' is a facility total for a period (" + line.amount() + ") but has no allocation, so it was "
                + "counted in full against one functional unit: " + kg(result.kgCo2e()) + ". Give the period's "
                + "output to share it over (ISO 14067:2018 6.4.6, allocation)");
    }

    private static Warning outlier(InventoryLine line, LineResult result, BigDecimal others) {
        BigDecimal times = result.kgCo2e().abs().divide(others, 0, RoundingMode.HALF_UP);
        return new Warning(Warning.CONTRIBUTION_OUTLIER, line.id(), "'" + line.item() + "' contributes "
                + kg(result.kgCo2e()) + ", " + times + " times all other lines together (" + kg(others)
                + "); check its amount, unit and allocation");
    }

    private Warning tooOld(InventoryLine line) {
        EmissionFactor factor = line.factor();
        return new Warning(Warning.FACTOR_OLDER_THAN_REFERENCE_PERIOD, line.id(), "Factor " + describe(factor)
                + " for '" + line.item() + "' represents " + factor.referenceYear() + ", more than "
                + MAX_FACTOR_AGE_YEARS + " years before the inventory's reference year " + inventory.referenceYear()
                + "; use a more recent factor or justify it (ISO 14067:2018 6.3.5, time-related coverage)");
    }

    private Warning anotherRegion(InventoryLine line) {
        EmissionFactor factor = line.factor();
        return new Warning(Warning.FACTOR_REGION_MISMATCH, line.id(), "Factor " + describe(factor) + " for '"
                + line.item() + "' represents " + inventory.location().describe(factor.region().strip())
                + " but the facility is in " + inventory.location().describe() + "; use a factor for the facility's region "
                + "or a region containing it, or justify it (ISO 14067:2018 6.3.5, geographical coverage)");
    }

    private Warning anotherGwpSet(InventoryLine line) {
        EmissionFactor factor = line.factor();
        return new Warning(Warning.FACTOR_GWP_BASIS_DIFFERS, line.id(), "Factor " + describe(factor) + " for '"
                + line.item() + "' is a CO2e figure characterised with " + factor.provenance().gwpBasis().strip()
                + " but the study uses " + inventory.gwp().name() + "; a per-gas factor would be recharacterised, "
                + "this one cannot be (ISO 14067:2018 6.4.9.4)");
    }

    private static String describe(EmissionFactor factor) {
        return "'" + factor.id() + "' (" + factor.name() + ")";
    }

    private static String kg(BigDecimal kgCo2e) {
        return String.format(Locale.ROOT, "%,.2f kg CO2e", kgCo2e);
    }

    private static boolean isGiven(String text) {
        return text != null && !text.isBlank();
    }
}
