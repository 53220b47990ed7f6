package dev.tanji.web.study;

import dev.tanji.study.application.StudyEntry;
import dev.tanji.study.application.StudyImport;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class StudyApi {

    @Inject
    StudyEntry entry;

    @Inject
    StudyImport studyImport;

    @Query
    public List<@NonNull Study> studies(@Id @Name("companyId") String companyId) {
        return entry.studies(Ids.parse("companyId", companyId)).stream().map(Study::of).toList();
    }

    @Query
    public Study study(@NonNull @Id @Name("id") String id) {
        return Study.of(entry.study(Ids.require("id", id)));
    }

    @Mutation
    @Description("Enters a study with its whole inventory; nothing is kept if any line is refused")
    public Study createStudy(@NonNull StudyInput input) {
        return Study.of(entry.createStudy(input.toNew()));
    }

    @Mutation
    @Description("Imports a study document (JSON, format tanji-study/1: company, facility, product, factor set and "
            + "inventory); companies, facilities, products and factor sets already present are reused by name")
    public Study importStudy(@NonNull @Name("document") String document) {
        return Study.of(studyImport.importDocument(document));
    }
}
