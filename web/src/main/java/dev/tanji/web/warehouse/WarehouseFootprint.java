package dev.tanji.web.warehouse;

import dev.tanji.analytics.query.FootprintTotal;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("WarehouseFootprint")
@Description("Latest footprint of a product at a facility in a reference year, read from the Parquet warehouse")
public record WarehouseFootprint(String company, String product, String facility, int referenceYear,
        @Description("kg CO2e per functional unit, latest run") BigDecimal totalKgCo2e, long runCount,
        @Id String latestRunId) {

    static WarehouseFootprint of(FootprintTotal t) {
        return new WarehouseFootprint(t.company(), t.product(), t.facility(), t.referenceYear(), t.totalKgCo2e(),
                t.runCount(), t.latestRunId().toString());
    }
}
