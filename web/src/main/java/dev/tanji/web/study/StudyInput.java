package dev.tanji.web.study;

import static dev.tanji.platform.Validation.MAX_NAME_LENGTH;
import static dev.tanji.platform.Validation.MAX_YEAR;
import static dev.tanji.platform.Validation.MIN_YEAR;
import static dev.tanji.study.application.StudyEntry.MAX_LINES;

import dev.tanji.study.application.GwpSet;
import dev.tanji.study.application.NewStudy;
import dev.tanji.study.application.Standard;
import dev.tanji.study.application.SystemBoundary;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.Refusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StudyInput")
public record StudyInput(@NonNull @Id String productId, @NonNull @Id String facilityId,
        @NonNull @Id @Description("The primary factor set") String factorSetId,
        @Description("Further factor sets, tried in this order after the primary one when a factor is looked up")
        List<String> moreFactorSetIds,
        @NonNull @NotBlank @Size(max = MAX_NAME_LENGTH) String name,
        @NonNull @Min(MIN_YEAR) @Max(MAX_YEAR) Integer referenceYear, @NonNull GwpSetName gwpSet,
        @Description("The functional (or declared) unit; the product's when omitted") @Size(max = MAX_NAME_LENGTH)
        String functionalUnit,
        @Description("True if the study reports per declared unit (cradle-to-gate, ISO 14067 3.1.1.8)")
        Boolean declaredUnit,
        @Description("The product flow that fulfils the unit, e.g. '1 actuator of 85 kg'") @Size(max = 300)
        String referenceFlow,
        SystemBoundaryName systemBoundary, List<StandardName> standards,
        @Description("Other ways the report states its unit; different statements are flagged")
        @Size(max = 20, payload = Refusal.TooManyItems.class) List<@Size(max = 200) String> unitStatements,
        @Description("Declared cut-off criteria; 1 % / 0.1 % / 5 % when omitted") @Valid CutOffInput cutOff,
        @NonNull @NotEmpty(payload = Refusal.EmptyInventory.class)
        @Size(max = MAX_LINES, payload = Refusal.TooManyItems.class) List<@NonNull @Valid InventoryLineInput> lines) {

    NewStudy toNew() {
        return new NewStudy(Ids.require("productId", productId), Ids.require("facilityId", facilityId),
                Ids.require("factorSetId", factorSetId),
                moreFactorSetIds == null ? List.of()
                        : moreFactorSetIds.stream().map(id -> Ids.require("moreFactorSetIds", id)).toList(),
                name, referenceYear, GwpSet.valueOf(gwpSet.name()), functionalUnit, Boolean.TRUE.equals(declaredUnit),
                referenceFlow, systemBoundary == null ? null : SystemBoundary.valueOf(systemBoundary.name()),
                standards == null ? List.of() : standards.stream().map(s -> Standard.valueOf(s.name())).toList(),
                unitStatements, cutOff == null ? null : new NewStudy.NewCutOff(cutOff.massPercent(),
                        cutOff.rareMassPercent(), cutOff.totalPercent()),
                lines.stream().map(InventoryLineInput::toNew).toList());
    }

    /** Cut-off thresholds in percent (ISO 14067:2018 6.3.4.3). */
    @Input("CutOffInput")
    public record CutOffInput(@Description("An input may be left out below this share of material mass; 1")
            @DecimalMin(value = "0", payload = Refusal.InvalidCutOff.class)
            @DecimalMax(value = "100", payload = Refusal.InvalidCutOff.class) BigDecimal massPercent,
            @Description("The same for rare or high-purity materials; 0.1")
            @DecimalMin(value = "0", payload = Refusal.InvalidCutOff.class)
            @DecimalMax(value = "100", payload = Refusal.InvalidCutOff.class) BigDecimal rareMassPercent,
            @Description("All exclusions together, by mass and by estimated emission; 5")
            @DecimalMin(value = "0", payload = Refusal.InvalidCutOff.class)
            @DecimalMax(value = "100", payload = Refusal.InvalidCutOff.class) BigDecimal totalPercent) {
    }
}
