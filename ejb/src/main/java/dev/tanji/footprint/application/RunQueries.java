package dev.tanji.footprint.application;

import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads calculation runs: a run or a page of runs without their parts, then each part for many runs at once, so that
 * a page costs the same few statements however many runs it holds (see {@link RunReader}).
 *
 * <p>Its methods only read, so they join a transaction when called within one and begin none otherwise: each
 * statement then sees the store as it is when it runs, as it would within a transaction under the databases'
 * default isolation (read committed), and runs do not change once calculated. A transaction of their own would add
 * a commit, a round trip to the database, to every call: two per page of runs with their stages.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
public class RunQueries {

    /**
     * The most runs one page holds: more than other lists, since a page of runs reads its parts in one statement per
     * part and a report or BI tool wants 1,000 footprints in one request.
     */
    public static final int MAX_FIRST = PageRequest.LARGEST_FIRST;

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public RunView run(UUID id) {
        return reader().run(id, scope());
    }

    /** Runs newest first. */
    public Page<RunView> runs(RunCriteria criteria, PageRequest page) {
        return reader().runs(criteria, scope(), page);
    }

    /**
     * Runs newest first, with only the figures named in {@code fields} read, and their ids and calculation times
     * ({@link RunReader#runs(RunCriteria, CompanyScope, PageRequest, Set)}).
     */
    public Page<RunView> runs(RunCriteria criteria, PageRequest page, Set<String> fields) {
        return reader().runs(criteria, scope(), page, fields);
    }

    public Map<UUID, List<RunView.StageView>> stages(List<UUID> runIds) {
        return reader().stages(runIds);
    }

    public Map<UUID, List<RunView.LineView>> lines(List<UUID> runIds) {
        return reader().lines(runIds);
    }

    public Map<UUID, List<RunView.GasView>> gases(List<UUID> runIds) {
        return reader().gases(runIds);
    }

    public Map<UUID, List<RunView.ExcludedView>> excludedLines(List<UUID> runIds) {
        return reader().excludedLines(runIds);
    }

    public Map<UUID, List<RunView.WarningView>> warnings(List<UUID> runIds) {
        return reader().warnings(runIds);
    }

    private CompanyScope scope() {
        return CompanyScope.of(context, em);
    }

    private RunReader reader() {
        return new RunReader(em);
    }
}
