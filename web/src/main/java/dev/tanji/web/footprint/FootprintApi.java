package dev.tanji.web.footprint;

import static dev.tanji.footprint.application.FootprintCalculation.MAX_FACTOR_SETS;

import dev.tanji.footprint.application.FootprintCalculation;
import dev.tanji.footprint.application.RunQueries;
import dev.tanji.footprint.application.RunView;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import dev.tanji.web.graphql.Ids;
import dev.tanji.web.graphql.PageInfo;
import dev.tanji.web.graphql.PreloadedFields;
import dev.tanji.web.graphql.TranslatesDomainErrors;
import dev.tanji.web.study.GwpSetName;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import io.smallrye.graphql.api.Context;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Runs: calculating one, reading one or a page. A run's parts resolve in batches ({@code @Source List<Run>}): each
 * part asked for is one service call, and one SQL statement, for all the runs of the response.
 */
@GraphQLApi
@ApplicationScoped
@TranslatesDomainErrors
public class FootprintApi {

    private static final String FIRST_RUN = "How many nodes to read: 1 to " + RunQueries.MAX_FIRST
            + ", 100 if left out";

    @Inject
    FootprintCalculation calculation;

    @Inject
    RunQueries runs;

    /**
     * The request: {@code runs} reads only the figures asked for, counts all pages' runs only when
     * {@code totalCount} is, and reads the page's stages with the page when they are ({@link PreloadedFields}).
     */
    @Inject
    Context context;

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    @Mutation
    @Description("Calculates a study's footprint as a new, immutable run; with factorSetIds (in priority order) "
            + "and/or gwpSet, under those sets instead of the study's own, without editing the study")
    public Run calculateFootprint(@NonNull @Id @Name("studyId") String studyId,
            @Name("factorSetIds") @Description("Factor set ids, in priority order") @Size(max = MAX_FACTOR_SETS)
            List<String> factorSetIds,
            @Name("gwpSet") GwpSetName gwpSet) {
        return Run.of(calculation.calculate(Ids.require("studyId", studyId), ids(factorSetIds),
                gwpSet == null ? null : gwpSet.name()));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
    @Query
    @Description("A study under other factor sets and/or another GWP set against its own, line by line; stores "
            + "nothing")
    public Comparison compareFootprint(@NonNull @Id @Name("studyId") String studyId,
            @Name("factorSetIds") @Description("Factor set ids, in priority order") @Size(max = MAX_FACTOR_SETS)
            List<String> factorSetIds,
            @Name("gwpSet") GwpSetName gwpSet) {
        return Comparison.of(calculation.compare(Ids.require("studyId", studyId), ids(factorSetIds),
                gwpSet == null ? null : gwpSet.name()));
    }

    private static List<UUID> ids(List<String> factorSetIds) {
        return factorSetIds == null ? null
                : factorSetIds.stream().map(id -> Ids.require("factorSetIds", id)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    public Run run(@NonNull @Id @Name("id") String id) {
        return Run.of(runs.run(Ids.require("id", id)));
    }

    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
    @Query
    @Description("Runs, newest first (by calculatedAt, then id)")
    public @NonNull RunConnection runs(@Name("filter") RunFilter filter,
            @DefaultValue("100") @Name("first") @Description(FIRST_RUN) Integer first,
            @Name("after") @Description(PageInfo.AFTER) String after) {
        PageRequest page = PageRequest.upTo(RunQueries.MAX_FIRST, first, after);
        DataFetchingEnvironment request = context.unwrap(DataFetchingEnvironment.class);
        DataFetchingFieldSelectionSet selected = request.getSelectionSet();
        Set<String> fields = selected.getFields("nodes/*").stream().map(SelectedField::getName)
                .collect(Collectors.toSet());
        Page<RunView> read = runs.runs(RunFilter.criteria(filter),
                selected.contains("totalCount") ? page : page.withoutCount(), fields);
        RunConnection connection = RunConnection.of(read);
        if (selected.contains("nodes/stages") && PreloadedFields.accepted(request.getGraphQlContext())) {
            List<UUID> ids = read.nodes().stream().map(RunView::id).toList();
            PreloadedFields.put(request.getGraphQlContext(), "Run", "stages", connection.nodes(),
                    perRun(ids, this.runs.stages(ids), StageResult::of));
        }
        return connection;
    }

    public List<List<StageResult>> stages(@Source List<Run> runs) {
        List<UUID> ids = runIds(runs);
        return perRun(ids, this.runs.stages(ids), StageResult::of);
    }

    public List<List<LineResult>> lines(@Source List<Run> runs) {
        List<UUID> ids = runIds(runs);
        return perRun(ids, this.runs.lines(ids), LineResult::of);
    }

    @Description("Totals per gas")
    public List<List<GasResult>> gases(@Source List<Run> runs) {
        List<UUID> ids = runIds(runs);
        return perRun(ids, this.runs.gases(ids), GasResult::of);
    }

    public List<List<ExcludedLine>> excludedLines(@Source List<Run> runs) {
        List<UUID> ids = runIds(runs);
        return perRun(ids, this.runs.excludedLines(ids), ExcludedLine::of);
    }

    public List<List<RunWarning>> warnings(@Source List<Run> runs) {
        List<UUID> ids = runIds(runs);
        return perRun(ids, this.runs.warnings(ids), RunWarning::of);
    }

    private static List<UUID> runIds(List<Run> runs) {
        return runs.stream().map(run -> UUID.fromString(run.id())).toList();
    }

    /** Each run's parts, in the order of the runs' {@code ids}; a run without any gets an empty list. */
    private static <V, T> List<List<T>> perRun(List<UUID> ids, Map<UUID, List<V>> parts, Function<V, T> type) {
        List<List<T>> perRun = new ArrayList<>(ids.size());
        for (UUID id : ids) {
            List<V> ofRun = parts.getOrDefault(id, List.of());
            List<T> typed = new ArrayList<>(ofRun.size());
            for (V part : ofRun) {
                typed.add(type.apply(part));
            }
            perRun.add(Collections.unmodifiableList(typed));
        }
        return Collections.unmodifiableList(perRun);
    }
}
