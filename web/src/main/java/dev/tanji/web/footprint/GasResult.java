package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

@Type("GasResult")
@Description("One gas: kg of the gas, the GWP100 applied (null in run totals) and kg CO2e; CO2E is a factor "
        + "published in CO2e, already characterised")
public record GasResult(String gas, BigDecimal kgGas, BigDecimal gwp, BigDecimal kgCo2e) {

    static GasResult of(RunView.GasView v) {
        return new GasResult(v.gas(), v.kgGas(), v.gwp(), v.kgCo2e());
    }
}
