package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

/**
 * A run's own figures, read for a whole page in one statement. Its parts ({@code stages}, {@code lines},
 * {@code gases}, {@code excludedLines}, {@code warnings}) are fields of {@link FootprintApi}, each read for all the
 * runs of a response at once.
 */
@Type("Run")
@Description("An immutable calculation run of a study: results per functional unit, in kg CO2e")
public record Run(@Id String id, @Id String studyId, String studyName, @Id String companyId, String companyName,
        @Id String productId, String productName, String functionalUnit, @Id String facilityId, String facilityName,
        int referenceYear, @Id @Description("The primary factor set the run used") String factorSetId,
        String factorSetName, String factorSetVersion, @Description("The GWP set the run used") String gwpSet,
        BigDecimal totalKgCo2e, @Description("SHA-256 of every input; equal hashes mean identical calculations")
        String inputHash, Instant calculatedAt,
        @Description("Part of the total from gases of fossil origin (CO2, CH4 fossil)") BigDecimal fossilKgCo2e,
        @Description("Part from biogenic CO2 and non-fossil CH4") BigDecimal biogenicKgCo2e,
        @Description("Part whose origin the data do not give (CO2e factors, N2O, F-gases)")
        BigDecimal unspecifiedKgCo2e,
        @Description("Share of the total from lines with primary activity data") BigDecimal primaryDataSharePercent,
        @Description("The lines' ratings weighted by contribution, 1 (best) to 5") BigDecimal dataQualityRating,
        @Description("Excluded lines' share of the material inputs' mass") BigDecimal excludedMassSharePercent,
        @Description("What the excluded lines would have added") BigDecimal excludedKgCo2e) {

    /** A run is never edited, so its id says which it is: batching a page hashes one string a run, not 25 values. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Run run && id.equals(run.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The run of {@code v}; a figure not read (a page reads only those asked for) stays null. */
    static Run of(RunView v) {
        return new Run(v.id().toString(), text(v.studyId()), v.studyName(), text(v.companyId()),
                v.companyName(), text(v.productId()), v.productName(), v.functionalUnit(),
                text(v.facilityId()), v.facilityName(), v.referenceYear(), text(v.factorSetId()),
                v.factorSetName(), v.factorSetVersion(), v.gwpSet(), v.totalKgCo2e(), v.inputHash(),
                v.calculatedAt(), v.origins().fossilKgCo2e(), v.origins().biogenicKgCo2e(),
                v.origins().unspecifiedKgCo2e(), v.quality().primaryDataSharePercent(), v.quality().rating(),
                v.quality().excludedMassSharePercent(), v.quality().excludedKgCo2e());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
