package dev.tanji.web.factor;

import dev.tanji.factor.application.FactorSetView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactorSetConnection")
@Description("A page of factor sets")
public record FactorSetConnection(@NonNull List<@NonNull FactorSet> nodes, @NonNull PageInfo pageInfo,
        @Description("How many factor sets the filters select, over all pages") int totalCount) {

    static FactorSetConnection of(Page<FactorSetView> page) {
        return new FactorSetConnection(page.nodes().stream().map(FactorSet::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
