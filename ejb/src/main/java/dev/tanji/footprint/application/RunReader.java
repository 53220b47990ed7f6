package dev.tanji.footprint.application;

import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunExcludedLine;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunWarning;
import dev.tanji.footprint.model.LifeCycleStage;
import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.NotFoundException;
import dev.tanji.platform.paging.Keyset;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The queries behind {@link RunQueries}, on any entity manager. A page of runs is two statements (a count, and one
 * select joining run, study, company, facility, product and factor set into {@link RunView}s); each part of the runs
 * (stages, lines with their gases, gas totals, excluded lines, warnings) is one more statement for all the runs of
 * the page, whatever their number, and only when asked for.
 */
public final class RunReader {

    /** Run ids per statement when reading parts: a page of runs, well under any database's parameter limit. */
    static final int IDS_PER_STATEMENT = 1_000;

    /**
     * A run's own figures, each by the name of its parameter in {@link RunView}'s flat constructor (the name of the
     * run's field in the API), in the constructor's order, with the expression that reads it.
     */
    private static final List<Map.Entry<String, String>> COLUMNS = List.of(
            Map.entry("id", "r.id"),
            Map.entry("studyId", "s.id"),
            Map.entry("studyName", "s.name"),
            Map.entry("companyId", "c.id"),
            Map.entry("companyName", "c.name"),
            Map.entry("productId", "p.id"),
            Map.entry("productName", "p.name"),
            Map.entry("functionalUnit", "coalesce(r.summary.functionalUnit, p.functionalUnit)"),
            Map.entry("facilityId", "f.id"),
            Map.entry("facilityName", "f.name"),
            Map.entry("referenceYear", "r.referenceYear"),
            Map.entry("factorSetId", "fs.id"),
            Map.entry("factorSetName", "fs.name"),
            Map.entry("factorSetVersion", "fs.version"),
            Map.entry("gwpSet", "r.gwpSet"),
            Map.entry("totalKgCo2e", "r.totalKgCo2e"),
            Map.entry("inputHash", "r.inputHash"),
            Map.entry("calculatedAt", "r.calculatedAt"),
            Map.entry("fossilKgCo2e", "r.summary.fossilKgCo2e"),
            Map.entry("biogenicKgCo2e", "r.summary.biogenicKgCo2e"),
            Map.entry("unspecifiedKgCo2e", "r.summary.unspecifiedKgCo2e"),
            Map.entry("primaryDataSharePercent", "r.summary.primaryDataSharePercent"),
            Map.entry("dataQualityRating", "r.summary.dataQualityRating"),
            Map.entry("excludedMassSharePercent", "r.summary.excludedMassSharePercent"),
            Map.entry("excludedKgCo2e", "r.summary.excludedKgCo2e"));
    /** What every page reads, whatever is asked for: the run's id and its keyset's values. */
    private static final Set<String> ALWAYS = Set.of("id", "calculatedAt");
    private static final String VIEW = "select new " + RunView.class.getName() + "("
            + COLUMNS.stream().map(Map.Entry::getValue).collect(Collectors.joining(", ")) + ")";
    private static final String FROM = "from RunEntity r join r.study s join r.company c join s.facility f"
            + " join s.product p join r.factorSet fs";
    private static final Keyset NEWEST_FIRST = RunRows.newestFirst("runs");
    private static final KeysetQuery<RunView> RUNS = new KeysetQuery<>(RunView.class, VIEW, FROM, "count(r)",
            NEWEST_FIRST, r -> List.of(r.calculatedAt(), r.id()));

    private static final LifeCycleStage[] STAGES = LifeCycleStage.values();
    private static final String STAGES_OF_RUNS = "select run_id, stage, kg_co2e, share_percent from run_stage"
            + " where run_id = any(?)";

    private final EntityManager em;

    public RunReader(EntityManager em) {
        this.em = em;
    }

    /** The run {@code id}, if it belongs to {@code scope}; otherwise {@code NOT_FOUND}. */
    public RunView run(UUID id, CompanyScope scope) {
        List<RunView> runs = em.createQuery(VIEW + " " + FROM + " where r.id = :id", RunView.class)
                .setParameter("id", id).getResultList();
        if (runs.isEmpty() || !scope.includes(runs.get(0).companyId())) {
            throw new NotFoundException("run", id);
        }
        return runs.get(0);
    }

    /** Runs of {@code scope} newest first, without their parts. */
    public Page<RunView> runs(RunCriteria criteria, CompanyScope scope, PageRequest page) {
        return RUNS.page(em, RunConditions.runs(criteria, scope), page);
    }

    /**
     * Runs of {@code scope} newest first, without their parts, with only the figures named in {@code fields} (names
     * of {@link RunView}'s flat constructor parameters; other names are ignored) and the id and calculation time:
     * the others are {@code null}, or 0 for the reference year. A page of 1,000 runs whose reader asks for three
     * figures decodes 4,000 values instead of 25,000.
     */
    public Page<RunView> runs(RunCriteria criteria, CompanyScope scope, PageRequest page, Set<String> fields) {
        List<Integer> read = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String name = COLUMNS.get(i).getKey();
            if (ALWAYS.contains(name) || fields.contains(name)) {
                read.add(i);
            }
        }
        if (read.size() == COLUMNS.size()) {
            return runs(criteria, scope, page);
        }
        int id = read.indexOf(0);
        int calculatedAt = read.indexOf(columnIndex("calculatedAt"));
        String select = "select " + read.stream().map(i -> COLUMNS.get(i).getValue())
                .collect(Collectors.joining(", "));
        return new KeysetQuery<>(Object[].class, select, FROM, "count(r)", NEWEST_FIRST,
                row -> List.of(row[calculatedAt], row[id]))
                .page(em, RunConditions.runs(criteria, scope), page)
                .map(row -> view(read, row));
    }

    private static int columnIndex(String name) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (COLUMNS.get(i).getKey().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The run of a row holding the columns {@code read}, in that order; the others are null. */
    private static RunView view(List<Integer> read, Object[] row) {
        Object[] v = new Object[COLUMNS.size()];
        for (int i = 0; i < read.size(); i++) {
            v[read.get(i)] = row[i];
        }
        return new RunView((UUID) v[0], (UUID) v[1], (String) v[2], (UUID) v[3], (String) v[4], (UUID) v[5],
                (String) v[6], (String) v[7], (UUID) v[8], (String) v[9], v[10] == null ? 0 : (Integer) v[10],
                (UUID) v[11], (String) v[12], (String) v[13], (String) v[14], (BigDecimal) v[15], (String) v[16],
                (Instant) v[17], (BigDecimal) v[18], (BigDecimal) v[19], (BigDecimal) v[20], (BigDecimal) v[21],
                (BigDecimal) v[22], (BigDecimal) v[23], (BigDecimal) v[24]);
    }

    /**
     * The stage results of each run, in life cycle order: one statement, the runs' ids in one array parameter (an index
     * lookup on PostgreSQL and H2 alike, prepared once whatever the number of runs), read over the session's JDBC
     * connection. A page of 1,000 runs has 4,000 stage rows, whose four values a row Hibernate's result mapping
     * spent more time on than the database.
     */
    public Map<UUID, List<RunView.StageView>> stages(Collection<UUID> runIds) {
        UUID[] ids = new LinkedHashSet<>(runIds).toArray(UUID[]::new);
        Map<UUID, RunView.StageView[]> byStage = em.unwrap(Session.class).doReturningWork(connection -> {
            Map<UUID, RunView.StageView[]> read = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(STAGES_OF_RUNS)) {
                statement.setArray(1, connection.createArrayOf("uuid", ids));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        LifeCycleStage stage = LifeCycleStage.valueOf(rows.getString(2));
                        read.computeIfAbsent(rows.getObject(1, UUID.class), id -> new RunView.StageView[STAGES.length])
                                [stage.ordinal()] = new RunView.StageView(stage, rows.getBigDecimal(3),
                                rows.getBigDecimal(4));
                    }
                }
            }
            return read;
        });
        Map<UUID, List<RunView.StageView>> stages = new HashMap<>(byStage.size() * 2);
        byStage.forEach((run, bySlot) -> {
            List<RunView.StageView> ofRun = new ArrayList<>(bySlot.length);
            for (RunView.StageView stage : bySlot) {
                if (stage != null) {
                    ofRun.add(stage);
                }
            }
            stages.put(run, Collections.unmodifiableList(ofRun));
        });
        return stages;
    }

    /** The lines of each run by line number, each with its gases, read together: a line comes once per gas. */
    public Map<UUID, List<RunView.LineView>> lines(Collection<UUID> runIds) {
        Map<UUID, Map<Integer, LineGases>> byRun = new HashMap<>();
        for (Object[] row : rows("select r.id, x, g from RunEntity r join r.lines x"
                + " left join r.gases g on g.lineNo = x.lineNo", "", runIds)) {
            RunLine line = (RunLine) row[1];
            LineGases entry = byRun.computeIfAbsent((UUID) row[0], id -> new TreeMap<>())
                    .computeIfAbsent(line.lineNo(), n -> new LineGases(line, new ArrayList<>()));
            if (row[2] != null) {
                entry.gases().add((RunLineGas) row[2]);
            }
        }
        Map<UUID, List<RunView.LineView>> lines = new HashMap<>();
        byRun.forEach((run, ofRun) -> lines.put(run, ofRun.values().stream()
                .map(l -> RunViews.line(l.line(), RunViews.gasesOf(l.line().lineNo(), l.line().kgCo2e(), l.gases())))
                .toList()));
        return lines;
    }

    /**
     * Each run's totals per gas, from its lines' gases: a line stored without gases counts as {@code CO2E}
     * ({@link RunViews#gasesOf}), so each line comes once, or once per gas.
     */
    public Map<UUID, List<RunView.GasView>> gases(Collection<UUID> runIds) {
        Map<UUID, List<RunLineGas>> byRun = new HashMap<>();
        for (Object[] row : rows("select r.id, x.lineNo, x.kgCo2e, g from RunEntity r join r.lines x"
                + " left join r.gases g on g.lineNo = x.lineNo", "", runIds)) {
            List<RunLineGas> ofRun = byRun.computeIfAbsent((UUID) row[0], id -> new ArrayList<>());
            ofRun.addAll(row[3] == null ? RunViews.gasesOf((Integer) row[1], (BigDecimal) row[2], List.of())
                    : List.of((RunLineGas) row[3]));
        }
        Map<UUID, List<RunView.GasView>> totals = new HashMap<>();
        byRun.forEach((run, gases) -> totals.put(run, RunViews.totals(gases)));
        return totals;
    }

    /** The lines each run left out under the cut-off rule, by line number. */
    public Map<UUID, List<RunView.ExcludedView>> excludedLines(Collection<UUID> runIds) {
        return parts("select r.id, x from RunEntity r join r.excludedLines x", " order by x.lineNo", runIds,
                RunExcludedLine.class, RunViews::excluded);
    }

    /** The warnings of each run, in the order the calculation raised them. */
    public Map<UUID, List<RunView.WarningView>> warnings(Collection<UUID> runIds) {
        return parts("select r.id, x from RunEntity r join r.warnings x", " order by x.seq", runIds,
                RunWarning.class, RunViews::warning);
    }

    /** Rows of (run id, part) for {@code select}, grouped by run; runs without any part are absent. */
    private <P, V> Map<UUID, List<V>> parts(String select, String orderBy, Collection<UUID> runIds, Class<P> part,
            Function<P, V> view) {
        Map<UUID, List<V>> byRun = new HashMap<>();
        for (Object[] row : rows(select, orderBy, runIds)) {
            byRun.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(view.apply(part.cast(row[1])));
        }
        return byRun;
    }

    /** One statement per {@value #IDS_PER_STATEMENT} distinct runs: a page of runs is one. */
    private List<Object[]> rows(String select, String orderBy, Collection<UUID> runIds) {
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(runIds));
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            rows.addAll(em.createQuery(select + " where r.id in :ids" + orderBy, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)))
                    .getResultList());
        }
        return rows;
    }

    private record LineGases(RunLine line, List<RunLineGas> gases) {
    }
}
