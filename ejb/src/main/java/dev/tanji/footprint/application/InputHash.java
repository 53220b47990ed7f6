package dev.tanji.footprint.application;

import dev.tanji.footprint.model.EmissionFactor;
import dev.tanji.footprint.model.Inventory;
import dev.tanji.footprint.model.InventoryLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 of everything a run's result depends on, taken from the inventory the engine was given: each line's
 * amount, transport leg, density, allocation and exclusion, the factor chosen (id, per-gas values, unit, year,
 * region), the GWP values, the reference year, the facility's location, the functional unit statements and the
 * cut-off rule. Two runs with the same hash are the same calculation; numbers are compared by value, so 20.2 and
 * 20.20 hash alike.
 */
final class InputHash {

    private InputHash() {
    }

    static String of(Inventory inventory) {
        StringBuilder canonical = new StringBuilder()
                .append("gwp=").append(inventory.gwp().name()).append(sorted(inventory.gwp().values()))
                .append("|year=").append(inventory.referenceYear())
                .append("|location=").append(inventory.location().lineage())
                .append("|units=").append(inventory.functionalUnitStatements())
                .append("|cutoff=").append(plain(inventory.cutOff().massPercent())).append('/')
                .append(plain(inventory.cutOff().rareMassPercent())).append('/')
                .append(plain(inventory.cutOff().totalPercent()))
                .append('\n');
        for (InventoryLine line : inventory.lines()) {
            canonical.append(line.id()).append('|').append(line.stage()).append('|').append(line.item())
                    .append('|').append(plain(line.amount().value())).append('|').append(line.amount().unit())
                    .append('|').append(line.transport()).append('|').append(line.density())
                    .append('|').append(line.facilityTotal()).append('|')
                    .append(line.allocation() == null ? "-" : line.allocation().basis() + " "
                            + line.allocation().figures())
                    .append('|').append(line.excluded()).append('|').append(line.rareMaterial())
                    .append('|').append(line.dataType()).append('|').append(line.technologyRating());
            EmissionFactor factor = line.factor();
            if (factor != null) {
                canonical.append('|').append(factor.id()).append('|').append(sorted(factor.amounts()))
                        .append('|').append(factor.emissionUnit()).append('/').append(factor.referenceUnit())
                        .append('|').append(factor.referenceYear()).append('|').append(factor.region());
            }
            canonical.append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String sorted(Map<?, BigDecimal> values) {
        Map<String, String> plain = new TreeMap<>();
        values.forEach((key, value) -> plain.put(key.toString(), plain(value)));
        return plain.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
