package dev.tanji.web.study;

import static dev.tanji.platform.Validation.MAX_YEAR;
import static dev.tanji.platform.Validation.MIN_YEAR;

import dev.tanji.footprint.model.DataType;
import dev.tanji.study.application.NewInventoryLine;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
public record InventoryLineInput(@NonNull Stage stage, @NonNull @NotBlank @Size(max = 300) String item,
        @Description("Omit for a transport line given by transport")
        @DecimalMin(value = "0", payload = Refusal.NegativeAmount.class) BigDecimal amount,
        @Description("Unit of the amount: kg, t, kWh, MWh, m3, Nm3, L, piece, t*km ...") @Size(max = 30) String unit,
        @Description("Name of a factor in the study's factor sets") @Size(max = 300) String factor,
        @Id @Description("A factor by id, from any set the company can read") String factorId,
        @Description("Pins the named factor to this region") @Size(max = 100) String factorRegion,
        @Description("Pins the named factor to this year") @Min(MIN_YEAR) @Max(MAX_YEAR) Integer factorYear,
        @Description("The gas emitted on site (CO2, CH4_FOSSIL, N2O, HFC_134A...); the amount is its mass")
        @Size(max = 30) String directGas,
        @Description("Density in kg/m³ to turn a volume into a mass or back (welding CO2: 1.977)")
        @DecimalMin(value = "0", inclusive = false, payload = Refusal.InvalidDensity.class) BigDecimal densityKgPerM3,
        @Valid TransportInput transport,
        @DefaultValue("false") @Description("The amount is a facility total for the reference period, not per unit")
        Boolean facilityTotal,
        @Description("Units produced in the period that a facility total is shared over (allocation by unit count)")
        @DecimalMin(value = "0", inclusive = false, payload = Refusal.InvalidAllocation.class)
        BigDecimal allocationOutput,
        @Valid AllocationInput allocation,
        DataTypeName dataType,
        @Description("Where the amount comes from: meter, bill of materials, supplier") @Size(max = 1000)
        String source,
        @Description("1 (best) to 5: how well the factor's technology represents the process")
        @Min(value = 1, payload = Refusal.InvalidRating.class) @Max(value = 5, payload = Refusal.InvalidRating.class)
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
    public record TransportInput(
            @NonNull @DecimalMin(value = "0", payload = Refusal.NegativeAmount.class) BigDecimal mass,
            @NonNull @Size(max = 30) String massUnit,
            @NonNull @DecimalMin(value = "0", payload = Refusal.NegativeAmount.class) BigDecimal distance,
            @NonNull @Size(max = 30) String distanceUnit, @Description("road, rail, sea, air...") @Size(max = 60)
            String mode) {
    }

    /** How a facility total is shared over one functional unit. */
    @Input("AllocationInput")
    public record AllocationInput(@NonNull AllocationBasisName basis,
            @NonNull @Description("The facility's whole output in the period")
            @DecimalMin(value = "0", inclusive = false, payload = Refusal.InvalidAllocation.class)
            BigDecimal periodOutput,
            @Description("Its unit: piece, kg, t, CNY, USD...") @Size(max = 30) String periodOutputUnit,
            @Description("One functional unit's part of it; 1 piece by unit count")
            @DecimalMin(value = "0", inclusive = false, payload = Refusal.InvalidAllocation.class)
            BigDecimal productShare,
            @Size(max = 30) String productShareUnit) {
    }
}
