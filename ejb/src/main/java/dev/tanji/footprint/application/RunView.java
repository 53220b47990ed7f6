package dev.tanji.footprint.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A calculation run as read: its context, total, stage and line results, and the defects it flags. */
public record RunView(UUID id, UUID studyId, String studyName, UUID companyId, String companyName, UUID productId,
        String productName, String functionalUnit, UUID facilityId, String facilityName, int referenceYear,
        UUID factorSetId, String factorSetName, String factorSetVersion, String gwpSet, BigDecimal totalKgCo2e,
        String inputHash, Instant calculatedAt, List<StageView> stages, List<LineView> lines,
        List<WarningView> warnings) {

    public record StageView(String stage, BigDecimal kgCo2e, BigDecimal sharePercent) {
    }

    public record LineView(int lineNo, String stage, String item, BigDecimal amount, String unit,
            BigDecimal amountInFactorUnit, String factorUnit, UUID factorId, BigDecimal factorKgCo2ePerUnit,
            BigDecimal allocationDivisor, BigDecimal kgCo2e, BigDecimal sharePercent) {
    }

    public record WarningView(String code, Integer lineNo, String message) {
    }
}
