package dev.tanji.footprint.application;

import dev.tanji.study.infrastructure.InventoryLineEntity;
import dev.tanji.study.infrastructure.StudyEntity;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of everything a run's result depends on: the inventory, the factors' values and units, the allocation,
 * the reference year, the facility's region and the GWP set. Two runs with the same hash are the same calculation;
 * numbers are compared by value, so 20.2 and 20.20 hash alike.
 */
final class InputHash {

    private InputHash() {
    }

    static String of(StudyEntity study) {
        StringBuilder canonical = new StringBuilder()
                .append("gwp=").append(study.gwpSet())
                .append("|year=").append(study.referenceYear())
                .append("|region=").append(study.facility().gridRegion())
                .append('\n');
        for (InventoryLineEntity line : study.lines()) {
            canonical.append(line.lineNo()).append('|').append(line.stage()).append('|').append(line.item())
                    .append('|').append(plain(line.amount())).append('|').append(line.unit())
                    .append('|').append(line.factor().id())
                    .append('|').append(plain(line.factor().value())).append('|').append(line.factor().unit())
                    .append('|').append(line.factor().referenceYear()).append('|').append(line.factor().region())
                    .append('|').append(line.facilityTotal()).append('|').append(plain(line.allocationOutput()))
                    .append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
