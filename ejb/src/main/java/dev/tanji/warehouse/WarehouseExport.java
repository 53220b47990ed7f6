package dev.tanji.warehouse;

import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.platform.Roles;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Writes calculation runs to the Parquet warehouse. Exporting is idempotent: runs already in the warehouse are
 * skipped, so exporting everything again only adds what is new. The warehouse holds every company's runs, so only
 * an ADMIN asks for an export; each run is also exported after its calculation.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WarehouseExport {

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    @Inject
    Warehouse warehouse;

    public ExportResult exportAll() {
        return export(em.createQuery("select r from RunEntity r order by r.calculatedAt", RunEntity.class)
                .getResultList());
    }

    /** Called after each calculation, on a managed executor: no client reaches it, so no role is asked for. */
    @PermitAll
    public ExportResult exportRuns(Collection<UUID> runIds) {
        return export(em.createQuery("select r from RunEntity r where r.id in :ids", RunEntity.class)
                .setParameter("ids", runIds).getResultList());
    }

    private ExportResult export(List<RunEntity> runs) {
        return warehouse.files().export(runs.stream().map(WarehouseExport::record).toList());
    }

    static RunRecord record(RunEntity run) {
        StudyEntity study = run.study();
        List<LineRecord> lines = run.lines().stream()
                .map(l -> new LineRecord(l.lineNo(), l.stage(), l.item(), l.amount(), l.unit(), l.factorName(),
                        l.factorSetName() == null ? run.factorSet().name() : l.factorSetName(), l.kgCo2e()))
                .toList();
        return new RunRecord(run.id(), study.id(), run.company().name(), study.facility().name(),
                study.product().name(), study.product().functionalUnit(), run.referenceYear(),
                run.factorSet().name() + " " + run.factorSet().version(), run.gwpSet(), run.totalKgCo2e(),
                run.inputHash(), run.calculatedAt(), lines);
    }
}
