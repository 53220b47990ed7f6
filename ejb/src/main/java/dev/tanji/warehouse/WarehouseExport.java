package dev.tanji.warehouse;

import dev.tanji.analytics.warehouse.ExportResult;
import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.company.infrastructure.ProductEntity;
import dev.tanji.footprint.infrastructure.RunEntity;
import dev.tanji.footprint.infrastructure.RunLine;
import dev.tanji.footprint.infrastructure.RunLineGas;
import dev.tanji.footprint.infrastructure.RunSummary;
import dev.tanji.platform.Roles;
import dev.tanji.study.infrastructure.StudyEntity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
        Map<String, Map<String, BigDecimal>> gwp = gwpTables();
        return warehouse.files().export(runs.stream().map(run -> record(run, gwp)).toList());
    }

    /** GWP100 per gas, per GWP set, as the reference data holds them. */
    private Map<String, Map<String, BigDecimal>> gwpTables() {
        Map<String, Map<String, BigDecimal>> tables = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select gwp_set, gas, gwp100 from gwp_value").getResultList();
        rows.forEach(row -> tables.computeIfAbsent((String) row[0], set -> new HashMap<>())
                .put((String) row[1], (BigDecimal) row[2]));
        return tables;
    }

    static RunRecord record(RunEntity run, Map<String, Map<String, BigDecimal>> gwp) {
        StudyEntity study = run.study();
        Map<Integer, List<RunLineGas>> gasesByLine = run.gases().stream()
                .collect(Collectors.groupingBy(RunLineGas::lineNo));
        List<LineRecord> lines = run.lines().stream()
                .map(l -> line(run, l, gasesByLine.getOrDefault(l.lineNo(), List.of()), gwp))
                .toList();
        Map<String, BigDecimal> stages = new HashMap<>();
        run.stages().forEach(stage -> stages.put(stage.stage(), stage.kgCo2e()));
        RunSummary summary = run.summary();
        ProductEntity product = study.product();
        return new RunRecord(run.id(), study.id(), study.name(), run.company().id(), run.company().name(),
                study.facility().id(), study.facility().name(), product.id(), product.name(), product.category(),
                summary != null && summary.functionalUnit() != null ? summary.functionalUnit()
                        : product.functionalUnit(),
                study.scope() != null && study.scope().declaredUnit(), run.referenceYear(), run.factorSet().id(),
                run.factorSet().name(), run.factorSet().version(), run.gwpSet(), run.totalKgCo2e(), stages,
                summary == null ? null : summary.primaryDataSharePercent(),
                summary == null ? null : summary.dataQualityRating(), run.inputHash(), run.calculatedAt(), lines);
    }

    private static LineRecord line(RunEntity run, RunLine l, List<RunLineGas> gases,
            Map<String, Map<String, BigDecimal>> gwp) {
        return new LineRecord(l.lineNo(), l.stage(), l.item(), l.amount(), l.unit(), l.amountInFactorUnit(),
                l.factorUnit(), l.factorId(), l.factorName(),
                l.factorSetName() == null ? run.factorSet().name() : l.factorSetName(),
                l.factorSetName() == null ? run.factorSet().version() : l.factorSetVersion(), l.factorYear(),
                gases.size() == 1 ? gases.get(0).gas() : gases.isEmpty() ? "CO2E" : "MIXED", l.kgCo2e(),
                underEachGwpSet(l, gases, gwp));
    }

    /** The line's kg CO2e under each GWP set that has a value for every gas of the line. */
    private static Map<String, BigDecimal> underEachGwpSet(RunLine line, List<RunLineGas> gases,
            Map<String, Map<String, BigDecimal>> gwp) {
        Map<String, BigDecimal> bySet = new HashMap<>();
        for (String set : LineRecord.GWP_SETS) {
            Map<String, BigDecimal> values = gwp.getOrDefault(set, Map.of());
            if (gases.isEmpty()) {
                bySet.put(set, line.kgCo2e());
                continue;
            }
            BigDecimal kg = BigDecimal.ZERO;
            boolean complete = true;
            for (RunLineGas gas : gases) {
                BigDecimal value = "CO2E".equals(gas.gas()) ? BigDecimal.ONE : values.get(gas.gas());
                if (value == null) {
                    complete = false;
                    break;
                }
                kg = kg.add(gas.kgGas().multiply(value));
            }
            if (complete) {
                bySet.put(set, kg);
            }
        }
        return bySet;
    }
}
