package dev.tanji.footprint.application;

import dev.tanji.footprint.model.LifeCycleStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A calculation run as read: its context, total, origin split and data quality, all from one row. Its parts (stage,
 * line and gas results, exclusions, and the defects it flags) are read apart, for a whole page of runs at once, by
 * {@link RunQueries}. {@code factorSetId} and {@code gwpSet} are the sets the run used, which differ from the study's
 * when it was recalculated under others.
 */
public record RunView(UUID id, UUID studyId, String studyName, UUID companyId, String companyName, UUID productId,
        String productName, String functionalUnit, UUID facilityId, String facilityName, int referenceYear,
        UUID factorSetId, String factorSetName, String factorSetVersion, String gwpSet, BigDecimal totalKgCo2e,
        String inputHash, Instant calculatedAt, OriginView origins, QualityView quality) {

    /** The run as one flat row, for a JPQL constructor expression. */
    public RunView(UUID id, UUID studyId, String studyName, UUID companyId, String companyName, UUID productId,
            String productName, String functionalUnit, UUID facilityId, String facilityName, int referenceYear,
            UUID factorSetId, String factorSetName, String factorSetVersion, String gwpSet, BigDecimal totalKgCo2e,
            String inputHash, Instant calculatedAt, BigDecimal fossilKgCo2e, BigDecimal biogenicKgCo2e,
            BigDecimal unspecifiedKgCo2e, BigDecimal primaryDataSharePercent, BigDecimal dataQualityRating,
            BigDecimal excludedMassSharePercent, BigDecimal excludedKgCo2e) {
        this(id, studyId, studyName, companyId, companyName, productId, productName, functionalUnit, facilityId,
                facilityName, referenceYear, factorSetId, factorSetName, factorSetVersion, gwpSet, totalKgCo2e,
                inputHash, calculatedAt, new OriginView(fossilKgCo2e, biogenicKgCo2e, unspecifiedKgCo2e),
                new QualityView(primaryDataSharePercent, dataQualityRating, excludedMassSharePercent, excludedKgCo2e));
    }

    public record StageView(LifeCycleStage stage, BigDecimal kgCo2e, BigDecimal sharePercent) {
    }

    /**
     * A line's result and its trace: amount, conversion, factor and the rule that chose it, density, allocation,
     * per-gas figures and data-quality ratings (1 best to 5 worst).
     */
    public record LineView(int lineNo, String stage, String item, BigDecimal amount, String unit,
            BigDecimal amountInFactorUnit, String factorUnit, UUID factorId, String factorName, String factorSetName,
            String factorSetVersion, String factorRegion, Integer factorYear, String selectionRule,
            BigDecimal factorKgCo2ePerUnit, BigDecimal densityKgPerM3, BigDecimal allocationDivisor,
            String allocationBasis, BigDecimal allocationFraction, String allocationFigures, BigDecimal kgCo2e,
            BigDecimal sharePercent, String dataType, Integer temporalRating, Integer geographicRating,
            Integer technologyRating, BigDecimal qualityRating, List<GasView> gases) {
    }

    /** kg of a gas, the GWP applied ({@code null} in run totals) and kg CO2e. */
    public record GasView(String gas, BigDecimal kgGas, BigDecimal gwp, BigDecimal kgCo2e) {
    }

    public record OriginView(BigDecimal fossilKgCo2e, BigDecimal biogenicKgCo2e, BigDecimal unspecifiedKgCo2e) {
    }

    /** Share of the total from primary data, and the contribution-weighted rating 1 (best) to 5. */
    public record QualityView(BigDecimal primaryDataSharePercent, BigDecimal rating,
            BigDecimal excludedMassSharePercent, BigDecimal excludedKgCo2e) {
    }

    public record ExcludedView(int lineNo, String stage, String item, BigDecimal amount, String unit,
            BigDecimal massSharePercent, BigDecimal estimatedKgCo2e) {
    }

    public record WarningView(String code, Integer lineNo, String message) {
    }
}
