package dev.tanji.web.factor;

import dev.tanji.footprint.model.RegionHierarchy;
import dev.tanji.platform.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

/** The regions factor lookup and geographic ratings go by. */
@GraphQLApi
@ApplicationScoped
public class RegionApi {

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    @Description("The region hierarchy: world, countries, China's grid regions and provinces, parents first. Factor "
            + "lookup falls back from a facility's province to its grid region, country and the world")
    public List<@NonNull Region> regions() {
        return RegionHierarchy.standard().all().stream()
                .map(r -> new Region(r.code(), r.nameEn(), r.nameZh(), r.kind().name(), r.parentCode(), r.aliases()))
                .toList();
    }

    /** A region with the names lookup accepts for it. */
    @Type("Region")
    public record Region(String code, String nameEn, String nameZh,
            @Description("WORLD, COUNTRY, GRID_REGION or PROVINCE") String kind, String parentCode,
            List<String> aliases) {
    }
}
