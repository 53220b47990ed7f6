package dev.tanji.web.warehouse;

import dev.tanji.analytics.query.FactorSetComparison;
import dev.tanji.analytics.query.LineComparison;
import dev.tanji.analytics.query.StudyComparison;
import dev.tanji.web.graphql.Ids;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactorSetComparison")
@Description("The same studies under two factor sets: each study's latest run under set A beside its latest under B")
public record FactorSetComparisonResult(@NonNull List<@NonNull Study> studies, @NonNull List<@NonNull Line> lines) {

    static FactorSetComparisonResult of(FactorSetComparison c) {
        return new FactorSetComparisonResult(c.studies().stream().map(Study::of).toList(),
                c.lines().stream().map(Line::of).toList());
    }

    @Type("FactorSetStudyComparison")
    public record Study(@NonNull @Id String studyId, @NonNull String study, @NonNull @Id String productId,
            @NonNull String product, @NonNull String facility, int referenceYear, @NonNull @Id String runIdA,
            @NonNull @Id String runIdB, @NonNull BigDecimal totalKgCo2eA, @NonNull BigDecimal totalKgCo2eB,
            @NonNull @Description("totalKgCo2eB - totalKgCo2eA") BigDecimal deltaKgCo2e,
            @Description("The delta in percent of A's total; null when it is zero") BigDecimal deltaPercent) {

        static Study of(StudyComparison s) {
            return new Study(Ids.format(s.studyId()), s.study(), Ids.format(s.productId()), s.product(),
                    s.facility(), s.referenceYear(), Ids.format(s.runIdA()), Ids.format(s.runIdB()),
                    s.totalKgCo2eA(), s.totalKgCo2eB(), s.deltaKgCo2e(), s.deltaPercent());
        }
    }

    @Type("FactorSetLineComparison")
    public record Line(@NonNull @Id String studyId, int lineNo, @NonNull String stage, @NonNull String item,
            String factorA, String factorB, BigDecimal kgCo2eA, BigDecimal kgCo2eB,
            @NonNull @Description("kgCo2eB - kgCo2eA, a missing line counting zero") BigDecimal deltaKgCo2e) {

        static Line of(LineComparison l) {
            return new Line(Ids.format(l.studyId()), l.lineNo(), l.stage(), l.item(), l.factorA(), l.factorB(),
                    l.kgCo2eA(), l.kgCo2eB(), l.deltaKgCo2e());
        }
    }
}
