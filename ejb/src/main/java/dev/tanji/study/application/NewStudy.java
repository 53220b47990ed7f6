package dev.tanji.study.application;

import java.util.List;
import java.util.UUID;

public record NewStudy(UUID productId, UUID facilityId, UUID factorSetId, String name, Integer referenceYear,
        GwpSet gwpSet, List<NewInventoryLine> lines) {
}
