package dev.tanji.web.study;

import static dev.tanji.study.application.StudyImport.MAX_DOCUMENT_CHARS;

import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.study.application.GwpSet;
import dev.tanji.study.application.StudyCriteria;
import dev.tanji.study.application.StudyEntry;
import dev.tanji.study.application.StudyImport;
import dev.tanji.study.application.StudyQueries;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.PageInfo;
import dev.tanji.web.graphql.Refusal;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.DefaultValue;
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

    @Inject
    StudyQueries queries;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("Studies by name, with their inventories")
    public @NonNull StudyConnection studies(@Id @Name("companyId") String companyId,
            @Id @Name("productId") String productId, @Id @Name("facilityId") String facilityId,
            @Name("referenceYearFrom") @Description("First reference year included") Integer referenceYearFrom,
            @Name("referenceYearTo") @Description("Last reference year included") Integer referenceYearTo,
            @Name("gwpSet") GwpSetName gwpSet,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return StudyConnection.of(queries.studies(new StudyCriteria(Ids.parse("companyId", companyId),
                Ids.parse("productId", productId), Ids.parse("facilityId", facilityId), referenceYearFrom,
                referenceYearTo, gwpSet == null ? null : GwpSet.valueOf(gwpSet.name())),
                PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    public Study study(@NonNull @Id @Name("id") String id) {
        return Study.of(queries.study(Ids.require("id", id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    @Description("Enters a study with its whole inventory; nothing is kept if any line is refused")
    public Study createStudy(@NonNull @Valid StudyInput input) {
        return Study.of(entry.createStudy(input.toNew()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    @Description("Imports a study document (JSON, format tanji-study/1: company, facility, product, factor set and "
            + "inventory); companies, facilities, products and factor sets already present are reused by name")
    public Study importStudy(@NonNull @NotBlank(payload = Refusal.InvalidDocument.class)
            @Size(max = MAX_DOCUMENT_CHARS, payload = Refusal.InvalidDocument.class) @Name("document")
            String document) {
        return Study.of(studyImport.importDocument(document));
    }
}
