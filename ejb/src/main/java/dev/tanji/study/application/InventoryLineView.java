package dev.tanji.study.application;

import dev.tanji.footprint.model.LifeCycleStage;
import java.math.BigDecimal;
import java.util.UUID;

public record InventoryLineView(int lineNo, LifeCycleStage stage, String item, BigDecimal amount, String unit,
        UUID factorId, String factorName, boolean facilityTotal, BigDecimal allocationOutput) {
}
