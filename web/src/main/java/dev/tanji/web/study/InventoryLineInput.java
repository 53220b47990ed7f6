package dev.tanji.web.study;

import dev.tanji.footprint.model.DataType;
import dev.tanji.study.application.NewInventoryLine;
import dev.tanji.web.graphql.Ids;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("InventoryLineInput")
@Description("One input or output. Name its factor one way: factorId; factor (a name looked up by the facility's "
        + "region and the reference year, or pinned with factorRegion/factorYear); or directGas for an on-site "
        + "emission. A transport line may give transport instead of amount and unit.")
public record InventoryLineInput(@NonNull Stage stage, @NonNull String item,
        @Description("Omit for a transport line given by transport") BigDecimal amount,
        @Description("Unit of the amount: kg, t, kWh, MWh, m3, Nm3, L, piece, t*km ...") String unit,
        @Description("Name of a factor in the study's factor sets") String factor,
        @Id @Description("A factor by id, from any set the company can read") String factorId,
        @Description("Pins the named factor to this region") String factorRegion,
        @Description("Pins the named factor to this year") Integer factorYear,
        @Description("The gas emitted on site (CO2, CH4_FOSSIL, N2O, HFC_134A...); the amount is its mass")
        String directGas,
        @Description("Density in kg/m³ to turn a volume into a mass or back (welding CO2: 1.977)")
        BigDecimal densityKgPerM3,
        TransportInput transport,
        @DefaultValue("false") @Description("The amount is a facility total for the reference period, not per unit")
        Boolean facilityTotal,
        @Description("Units produced in the period that a facility total is shared over (allocation by unit count)")
        BigDecimal allocationOutput,
        AllocationInput allocation,
        DataTypeName dataType,
        @Description("Where the amount comes from: meter, bill of materials, supplier") String source,
        @Description("1 (best) to 5: how well the factor's technology represents the process")
        Integer technologyRating,
        @DefaultValue("false") @Description("Left out under the cut-off rule; listed in the run, not counted")
        Boolean excluded,
        @DefaultValue("false") @Description("A rare or high-purity material (stricter cut-off)") Boolean rareMaterial) {

    NewInventoryLine toNew() {
        return new NewInventoryLine(stage.toDomain(), item, amount, unit, factor,
                factorId == null ? null : Ids.require("factorId", factorId), factorRegion, factorYear, directGas,
                densityKgPerM3, transport == null ? null : new NewInventoryLine.NewTransport(transport.mass(),
                        transport.massUnit(), transport.distance(), transport.distanceUnit(), transport.mode()),
                Boolean.TRUE.equals(facilityTotal), allocationOutput,
                allocation == null ? null : new NewInventoryLine.NewAllocation(allocation.basis().name(),
                        allocation.periodOutput(), allocation.periodOutputUnit(), allocation.productShare(),
                        allocation.productShareUnit()),
                dataType == null ? null : DataType.valueOf(dataType.name()), source, technologyRating,
                Boolean.TRUE.equals(excluded), Boolean.TRUE.equals(rareMaterial));
    }

    /** A transport leg; its amount is mass × distance in t·km. */
    @Input("TransportInput")
    public record TransportInput(@NonNull BigDecimal mass, @NonNull String massUnit, @NonNull BigDecimal distance,
            @NonNull String distanceUnit, @Description("road, rail, sea, air...") String mode) {
    }

    /** How a facility total is shared over one functional unit. */
    @Input("AllocationInput")
    public record AllocationInput(@NonNull AllocationBasisName basis,
            @NonNull @Description("The facility's whole output in the period") BigDecimal periodOutput,
            @Description("Its unit: piece, kg, t, CNY, USD...") String periodOutputUnit,
            @Description("One functional unit's part of it; 1 piece by unit count") BigDecimal productShare,
            String productShareUnit) {
    }
}
