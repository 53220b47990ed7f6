package dev.tanji.web.footprint;

import dev.tanji.footprint.application.RunRows;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.web.graphql.PageInfo;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Runs as flat rows for BI tools (Power BI, Tableau, a spreadsheet) that POST one query and read one array of rows:
 * every column a scalar in one unit named by the field, the same filter as {@code runs}.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class RunRowApi {

    @Inject
    RunRows rows;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    @Description("One flat row per run, newest first: context, totals in kg CO2e, quality. For BI tools")
    public @NonNull RunRowConnection runRows(@Name("filter") RunFilter filter,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return RunRowConnection.of(rows.rows(RunFilter.criteria(filter), PageRequest.of(first, after)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    @Description("One flat row per run line, newest run first, then by line number: amount, factor, kg CO2e. "
            + "For BI tools")
    public @NonNull RunLineRowConnection runLineRows(@Name("filter") RunFilter filter,
            @DefaultValue("100") @Name("first") @Description(PageInfo.FIRST) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        return RunLineRowConnection.of(rows.lineRows(RunFilter.criteria(filter), PageRequest.of(first, after)));
    }
}
