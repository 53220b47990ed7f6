package dev.tanji.web.study;

import dev.tanji.study.application.InventoryLineView;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Type;

@Type("InventoryLine")
public record InventoryLine(int lineNo, Stage stage, String item, BigDecimal amount, String unit, @Id String factorId,
        String factorName, boolean facilityTotal, BigDecimal allocationOutput) {

    static InventoryLine of(InventoryLineView v) {
        return new InventoryLine(v.lineNo(), Stage.of(v.stage().name()), v.item(), v.amount(), v.unit(),
                v.factorId().toString(), v.factorName(), v.facilityTotal(), v.allocationOutput());
    }
}
