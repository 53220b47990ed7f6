package dev.tanji.footprint.application;

import dev.tanji.platform.CompanyScope;
import dev.tanji.platform.Roles;
import dev.tanji.platform.paging.Keyset;
import dev.tanji.platform.paging.KeysetQuery;
import dev.tanji.platform.paging.Page;
import dev.tanji.platform.paging.PageRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Runs and run lines as flat rows, newest run first, for BI tools that read one array of rows. Each page costs two
 * SQL statements whatever its size: a count, and one select that joins run, study, company, facility, product and
 * factor set and builds the rows in a JPQL constructor expression (nothing loads lazily per row).
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST, Roles.VIEWER})
public class RunRows {

    private static final String ROW = "select new " + RunRowView.class.getName() + "(r.id, s.id, s.name, c.id,"
            + " c.name, f.id, f.name, p.id, p.name, coalesce(r.summary.functionalUnit, p.functionalUnit),"
            + " r.referenceYear, fs.name, fs.version, r.gwpSet, r.totalKgCo2e, r.summary.fossilKgCo2e,"
            + " r.summary.biogenicKgCo2e, r.summary.primaryDataSharePercent, r.summary.dataQualityRating,"
            + " size(r.warnings), r.calculatedAt)";
    private static final String LINE_ROW = "select new " + RunLineRowView.class.getName() + "(r.id, l.lineNo,"
            + " l.stage, l.item, l.amount, l.unit, l.factorName, l.factorSetName, l.factorRegion, l.factorYear,"
            + " l.selectionRule, l.kgCo2e, l.sharePercent, l.temporalRating, l.geographicRating, c.name, f.name,"
            + " p.name, r.referenceYear, r.calculatedAt)";
    private static final String JOINS = " join r.study s join r.company c join s.facility f join s.product p";

    private static final KeysetQuery<RunRowView> ROWS = new KeysetQuery<>(RunRowView.class, ROW,
            "from RunEntity r" + JOINS + " join r.factorSet fs", "count(r)", newestFirst("runRows"),
            row -> List.of(row.calculatedAt(), row.runId()));
    private static final KeysetQuery<RunLineRowView> LINE_ROWS = new KeysetQuery<>(RunLineRowView.class, LINE_ROW,
            "from RunEntity r join r.lines l" + JOINS, "count(l.lineNo)",
            newestFirst("runLineRows").ascending("l.lineNo", Integer::valueOf),
            row -> List.of(row.calculatedAt(), row.runId(), row.lineNo()));

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Page<RunRowView> rows(RunCriteria criteria, PageRequest page) {
        return ROWS.page(em, RunConditions.runs(criteria, scope()), page);
    }

    /** Lines by run, newest run first, then by line number. */
    public Page<RunLineRowView> lineRows(RunCriteria criteria, PageRequest page) {
        return LINE_ROWS.page(em, RunConditions.lines(criteria, scope()), page);
    }

    private CompanyScope scope() {
        return CompanyScope.of(context, em);
    }

    /** Newest run first; runs calculated in the same instant by id. */
    static Keyset newestFirst(String list) {
        return Keyset.of(list).descending("r.calculatedAt", Instant::parse).descending("r.id", UUID::fromString);
    }
}
