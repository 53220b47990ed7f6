package dev.tanji.footprint.model;

import java.util.Objects;

/**
 * Something in the inventory a reviewer should look at; the footprint is still calculated.
 *
 * @param code one of the constants below, stable for clients
 * @param lineId the inventory line concerned, {@code null} if the warning is about the whole inventory
 * @param message what is wrong and what to do, for a person
 */
public record Warning(String code, String lineId, String message) {

    /** A facility total for a period has no allocation, so it was counted in full against one functional unit. */
    public static final String FACILITY_TOTAL_NOT_ALLOCATED = "FACILITY_TOTAL_NOT_ALLOCATED";
    /** One line outweighs all the other lines together more than 100 times over. */
    public static final String CONTRIBUTION_OUTLIER = "CONTRIBUTION_OUTLIER";
    /** The factor's year is too far before the inventory's (ISO 14067:2018 6.3.5, temporal coverage). */
    public static final String FACTOR_OLDER_THAN_REFERENCE_PERIOD = "FACTOR_OLDER_THAN_REFERENCE_PERIOD";
    /** The factor represents another region than the facility's (ISO 14067:2018 6.3.5, geographical coverage). */
    public static final String FACTOR_REGION_MISMATCH = "FACTOR_REGION_MISMATCH";
    /** The functional or declared unit is stated in more than one way (ISO 14067:2018 6.3.3). */
    public static final String FUNCTIONAL_UNIT_INCONSISTENT = "FUNCTIONAL_UNIT_INCONSISTENT";
    /** A CO2e factor was characterised with another GWP set than the study's and cannot be recharacterised. */
    public static final String FACTOR_GWP_BASIS_DIFFERS = "FACTOR_GWP_BASIS_DIFFERS";

    public Warning {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
