package dev.tanji.factor.application;

import dev.tanji.footprint.model.GwpTable;
import dev.tanji.platform.DomainException;
import dev.tanji.platform.Roles;
import dev.tanji.quantity.Gas;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The GWP100 tables of the IPCC assessment reports (AR4, AR5, AR6) a study can characterise its gases with, as
 * shipped in {@code gwp_value}: one value per report and gas, each with its source. ISO 14067:2018 6.4.1 asks for
 * the latest IPCC GWP100 values; a study may name an older report to match its factors' basis.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.ANALYST})
public class GwpSets {

    public static final String UNKNOWN_GWP_SET = "UNKNOWN_GWP_SET";

    @PersistenceContext(unitName = "tanji")
    private EntityManager em;

    /**
     * The GWP100 table of one report, its name read case-insensitively ({@code "ar6"} is {@code AR6}).
     *
     * @throws DomainException {@value #UNKNOWN_GWP_SET}, naming the known sets, if there is no such report
     */
    public GwpTable table(String setName) {
        String name = setName == null ? "" : setName.strip().toUpperCase(Locale.ROOT);
        List<Row> rows = rows("where gwp_set = ?1", name);
        if (rows.isEmpty()) {
            List<String> known = all().stream().map(GwpSetView::name).toList();
            throw new DomainException(UNKNOWN_GWP_SET, "Unknown GWP set '" + setName + "'; "
                    + (known.isEmpty() ? "no GWP sets are loaded" : "use one of " + String.join(", ", known)));
        }
        Map<Gas, BigDecimal> values = new EnumMap<>(Gas.class);
        rows.forEach(row -> values.put(row.gas(), row.gwp100()));
        return new GwpTable(name, values);
    }

    /** Every report with its values, reports by name, values in {@link Gas} order. */
    public List<GwpSetView> all() {
        Map<String, List<GwpValueView>> bySet = rows("", null).stream()
                .sorted(Comparator.comparing(Row::gas))
                .collect(Collectors.groupingBy(Row::set, TreeMap::new, Collectors.mapping(
                        row -> new GwpValueView(row.gas(), row.gwp100(), row.source()), Collectors.toList())));
        return bySet.entrySet().stream().map(e -> new GwpSetView(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private List<Row> rows(String where, String name) {
        var query = em.createNativeQuery("select gwp_set, gas, gwp100, source from gwp_value " + where);
        if (name != null) {
            query.setParameter(1, name);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(Row::of).toList();
    }

    private record Row(String set, Gas gas, BigDecimal gwp100, String source) {

        static Row of(Object[] columns) {
            String set = (String) columns[0];
            String code = (String) columns[1];
            Gas gas;
            try {
                gas = Gas.valueOf(code.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("gwp_value row " + set + "/" + code + " names no known gas", e);
            }
            return new Row(set, gas, (BigDecimal) columns[2], (String) columns[3]);
        }
    }
}
