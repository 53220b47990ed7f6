package dev.tanji.web.warehouse;

import dev.tanji.analytics.query.Benchmark;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CategoryBenchmark")
@Description("Where a product stands among the products of every company with the same category and functional "
        + "unit in the same year, each by its latest run; only figures of the whole group, never another company's")
public record CategoryBenchmark(String category, String functionalUnit, int referenceYear,
        @Description("Companies in the group, yours included; at least 5") int companyCount,
        @Description("Products in the group, yours included") int productCount,
        @NonNull @Description("Your product's footprint, kg CO2e per functional unit") BigDecimal productKgCo2e,
        @NonNull @Description("Share of the group's other products with a lower footprint: 0 lowest, 1 highest")
        BigDecimal percentRank,
        @NonNull BigDecimal quartile1KgCo2e, @NonNull BigDecimal medianKgCo2e, @NonNull BigDecimal quartile3KgCo2e) {

    static CategoryBenchmark of(Benchmark b) {
        return new CategoryBenchmark(b.category(), b.functionalUnit(), b.referenceYear(), b.companyCount(),
                b.productCount(), b.productKgCo2e(), b.percentRank(), b.quartile1KgCo2e(), b.medianKgCo2e(),
                b.quartile3KgCo2e());
    }
}
