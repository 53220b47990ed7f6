package dev.tanji.web.company;

import dev.tanji.company.application.FacilityView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FacilityConnection")
@Description("A page of facilities")
public record FacilityConnection(@NonNull List<@NonNull Facility> nodes, @NonNull PageInfo pageInfo,
        @Description("How many facilities the filters select, over all pages") int totalCount) {

    static FacilityConnection of(Page<FacilityView> page) {
        return new FacilityConnection(page.nodes().stream().map(Facility::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
