package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunRowView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunRowConnection")
@Description("A page of runs, one flat row per run")
public record RunRowConnection(@NonNull List<@NonNull RunRow> nodes, @NonNull PageInfo pageInfo,
        @Description("How many runs the filters select, over all pages") int totalCount) {

    static RunRowConnection of(Page<RunRowView> page) {
        return new RunRowConnection(page.nodes().stream().map(RunRow::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
