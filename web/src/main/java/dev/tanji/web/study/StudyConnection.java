package dev.tanji.web.study;

import dev.tanji.study.application.StudyView;
import dev.tanji.platform.paging.Page;
import dev.tanji.web.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StudyConnection")
@Description("A page of studies")
public record StudyConnection(@NonNull List<@NonNull Study> nodes, @NonNull PageInfo pageInfo,
        @Description("How many studies the filters select, over all pages") int totalCount) {

    static StudyConnection of(Page<StudyView> page) {
        return new StudyConnection(page.nodes().stream().map(Study::of).toList(), PageInfo.of(page),
                PageInfo.totalCount(page));
    }
}
