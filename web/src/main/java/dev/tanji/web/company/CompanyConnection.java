package dev.tanji.web.company;

import dev.tanji.company.application.CompanyView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CompanyConnection")
@Description("A page of companies")
public record CompanyConnection(@NonNull List<@NonNull Company> nodes, @NonNull PageInfo pageInfo,
        @Description("How many companies the filters select, over all pages") int totalCount) {

    static CompanyConnection of(Page<CompanyView> page) {
        return new CompanyConnection(page.nodes().stream().map(Company::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
