package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactorConnection")
@Description("A page of factors")
public record FactorConnection(@NonNull List<@NonNull Factor> nodes, @NonNull PageInfo pageInfo,
        @Description("How many factors the filters select, over all pages") int totalCount) {

    static FactorConnection of(Page<FactorView> page) {
        return new FactorConnection(page.nodes().stream().map(Factor::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
