package dev.tanji.study.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A transport line as entered: mass carried, distance and mode; its amount is the product in t·km. */
@Embeddable
public record TransportLeg(
        @Column(name = "transport_mass", precision = 38, scale = 12) BigDecimal mass,
        @Column(name = "transport_mass_unit") String massUnit,
        @Column(name = "transport_distance", precision = 38, scale = 12) BigDecimal distance,
        @Column(name = "transport_distance_unit") String distanceUnit,
        @Column(name = "transport_mode") String mode) {
}
