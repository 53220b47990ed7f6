package dev.tanji.web.study;

import dev.tanji.study.application.NewInventoryLine;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InventoryLineInput")
public record InventoryLineInput(@NonNull Stage stage, @NonNull String item, @NonNull BigDecimal amount,
        @NonNull @Description("Unit of the amount: kg, t, kWh, MWh, m3, piece, t*km ...") String unit,
        @NonNull @Description("Name of a factor in the study's factor set") String factor,
        @DefaultValue("false") @Description("The amount is a facility total for the reference period, not per unit")
        Boolean facilityTotal,
        @Description("Units produced in the period that a facility total is shared over") BigDecimal allocationOutput) {

    NewInventoryLine toNew() {
        return new NewInventoryLine(stage.toDomain(), item, amount, unit, factor, Boolean.TRUE.equals(facilityTotal),
                allocationOutput);
    }
}
