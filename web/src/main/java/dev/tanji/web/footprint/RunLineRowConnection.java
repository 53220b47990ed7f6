package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunLineRowView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunLineRowConnection")
@Description("A page of run lines, one flat row per line")
public record RunLineRowConnection(@NonNull List<@NonNull RunLineRow> nodes, @NonNull PageInfo pageInfo,
        @Description("How many run lines the filters select, over all pages") int totalCount) {

    static RunLineRowConnection of(Page<RunLineRowView> page) {
        return new RunLineRowConnection(page.nodes().stream().map(RunLineRow::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
