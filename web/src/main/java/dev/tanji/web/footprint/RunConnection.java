package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RunConnection")
@Description("A page of runs")
public record RunConnection(@NonNull List<@NonNull Run> nodes, @NonNull PageInfo pageInfo,
        @Description("How many runs the filters select, over all pages") int totalCount) {

    static RunConnection of(Page<RunView> page) {
        return new RunConnection(page.nodes().stream().map(Run::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
