package dev.tanji.study.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A study as stored. {@code factorSetIds} lists every set it draws on, the primary one first. */
public record StudyView(UUID id, UUID companyId, UUID productId, UUID facilityId, UUID factorSetId,
        List<UUID> factorSetIds, String name, int referenceYear, GwpSet gwpSet, String functionalUnit,
        boolean declaredUnit, String referenceFlow, SystemBoundary systemBoundary, List<Standard> standards,
        List<String> unitStatements, BigDecimal cutOffMassPercent, BigDecimal cutOffRareMassPercent,
        BigDecimal cutOffTotalPercent, List<InventoryLineView> lines) {
}
