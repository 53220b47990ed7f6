package dev.tanji.web.company;

import dev.tanji.company.application.ProductView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ProductConnection")
@Description("A page of products")
public record ProductConnection(@NonNull List<@NonNull Product> nodes, @NonNull PageInfo pageInfo,
        @Description("How many products the filters select, over all pages") int totalCount) {

    static ProductConnection of(Page<ProductView> page) {
        return new ProductConnection(page.nodes().stream().map(Product::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
