package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorView;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Factor")
@Description("An emission factor: one value in a unit naming its gas, or amounts per gas in a unit without gas")
public record Factor(@Id String id, @Id String factorSetId, String name, String category,
        @Description("The geography the factor represents, as entered; null if not stated") String region,
        @Description("The year the factor represents; null if not stated") Integer referenceYear,
        @Description("Value in the factor's own unit; null for a factor given per gas") BigDecimal value,
        @Description("Emission mass per reference unit, e.g. t CO2e / t, or kg / m3 for a factor given per gas")
        String unit,
        @NonNull @Description("Amounts per gas, in the emission unit of the factor's unit; empty for a single value")
        List<@NonNull GasAmount> gases,
        @Description("The publisher's uncertainty of the value, in percent") BigDecimal uncertaintyPercent,
        @Description("Confidence in the value as stated by publisher or curator, e.g. high, medium")
        String confidence,
        String source) {

    static Factor of(FactorView v) {
        return new Factor(v.id().toString(), v.factorSetId().toString(), v.name(), v.category(), v.region(),
                v.referenceYear(), v.value(), v.unit(), v.gases().stream().map(GasAmount::of).toList(),
                v.uncertaintyPercent(), v.confidence(), v.source());
    }
}
