package dev.tanji.web.factor;

import dev.tanji.factor.application.GwpSetView;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Named GwpTable in the schema: the name GwpSet is already the enum studies choose a report with. */
@Type("GwpTable")
@Description("The GWP100 values of one IPCC assessment report")
public record GwpTable(@NonNull @Description("The report: AR4, AR5 or AR6, as the GwpSet enum names it") String name,
        @NonNull List<@NonNull GwpValue> values) {

    static GwpTable of(GwpSetView v) {
        return new GwpTable(v.name(), v.values().stream().map(GwpValue::of).toList());
    }
}
