package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("Factor")
public record Factor(@Id String id, @Id String factorSetId, String name, String category, String region,
        Integer referenceYear, @Description("Value in the factor's own unit") BigDecimal value,
        @Description("CO2e mass per reference unit, e.g. t CO2e / t") String unit, String source) {

    static Factor of(FactorView v) {
        return new Factor(v.id().toString(), v.factorSetId().toString(), v.name(), v.category(), v.region(),
                v.referenceYear(), v.value(), v.unit(), v.source());
    }
}
