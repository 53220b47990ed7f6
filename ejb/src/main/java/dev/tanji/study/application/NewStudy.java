package dev.tanji.study.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A study as entered.
 *
 * @param factorSetId the primary factor set; {@code moreFactorSetIds} are tried after it, in order, when a line's
 *     factor is looked up by name
 * @param functionalUnit the functional (or, with {@code declaredUnit}, declared) unit, e.g. "1 valve actuator";
 *     defaults to the product's
 * @param referenceFlow the product flow that fulfils it, e.g. "1 actuator of 85 kg"
 * @param unitStatements other ways the report states the functional unit ("1 t", "1 km"), flagged if they differ
 * @param cutOff declared cut-off thresholds; {@code null} means 1 % / 0.1 % / 5 %
 */
public record NewStudy(UUID productId, UUID facilityId, UUID factorSetId, List<UUID> moreFactorSetIds, String name,
        Integer referenceYear, GwpSet gwpSet, String functionalUnit, boolean declaredUnit, String referenceFlow,
        SystemBoundary systemBoundary, List<Standard> standards, List<String> unitStatements, NewCutOff cutOff,
        List<NewInventoryLine> lines) {

    /** Cut-off thresholds in percent; a {@code null} threshold takes the standard value. */
    public record NewCutOff(BigDecimal massPercent, BigDecimal rareMassPercent, BigDecimal totalPercent) {
    }
}
