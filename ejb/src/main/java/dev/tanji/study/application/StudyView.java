package dev.tanji.study.application;

import java.util.List;
import java.util.UUID;

public record StudyView(UUID id, UUID companyId, UUID productId, UUID facilityId, UUID factorSetId, String name,
        int referenceYear, GwpSet gwpSet, List<InventoryLineView> lines) {
}
