package dev.tanji.factor.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * One emission factor as entered, in one of two forms: a single {@code value} in a unit naming its gas (2.05
 * {@code "t CO2e / t"}, 0.8843 {@code "kg CO2 / kWh"}), or per-gas {@code gases} in a unit without gas (natural gas
 * combustion: CO2 2.09, CH4_FOSSIL 3.75E-05, N2O 3.73E-06 {@code "kg / m3"}), which the study's GWP set
 * characterises.
 *
 * @param region the geography the factor represents (a region code or name), {@code null} if not stated
 * @param referenceYear the year the factor represents, {@code null} if not stated
 * @param uncertaintyPercent the publisher's uncertainty of the value, in percent (0 to 1000), if stated
 * @param confidence the publisher's or curator's confidence in the value ({@code high}, {@code medium}, ...), if any
 * @param source the citation: publication, table, page
 */
public record NewFactor(String name, String category, String region, Integer referenceYear, BigDecimal value,
        String unit, List<NewGasAmount> gases, BigDecimal uncertaintyPercent, String confidence, String source) {
}
