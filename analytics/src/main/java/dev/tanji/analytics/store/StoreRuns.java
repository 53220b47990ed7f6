package dev.tanji.analytics.store;

import dev.tanji.analytics.warehouse.LineRecord;
import dev.tanji.analytics.warehouse.RunKey;
import dev.tanji.analytics.warehouse.RunRecord;
import dev.tanji.analytics.warehouse.RunSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The store's calculation runs as the warehouse records them, read over JDBC: the keys of every run (or of given
 * runs) in one statement, then runs in full a chunk at a time in four statements (the runs with their study, company,
 * facility, product and factor set; their stages; their lines; their lines' gases). Each line's kg CO2e under every
 * GWP set is its gases' kilograms times the store's GWP values for that set.
 */
public final class StoreRuns implements RunSource {

    /** Ids per {@code IN} list. */
    static final int IDS_PER_STATEMENT = 1_000;

    private static final String KEYS = "select r.id, r.reference_year, r.company_id, s.product_id, s.facility_id,"
            + " r.calculated_at from calculation_run r join study s on s.id = r.study_id";
    private static final String RUNS = "select r.id, r.study_id, s.name, r.company_id, c.name, s.facility_id,"
            + " f.name, s.product_id, p.name, p.category, coalesce(r.functional_unit, p.functional_unit),"
            + " s.declared_unit, r.reference_year, r.factor_set_id, fs.name, fs.version, r.gwp_set,"
            + " r.total_kg_co2e, r.primary_data_share_percent, r.data_quality_rating, r.input_hash, r.calculated_at"
            + " from calculation_run r join study s on s.id = r.study_id join company c on c.id = r.company_id"
            + " join facility f on f.id = s.facility_id join product p on p.id = s.product_id"
            + " join factor_set fs on fs.id = r.factor_set_id where r.id in ";
    private static final String STAGES = "select run_id, stage, kg_co2e from run_stage where run_id in ";
    private static final String LINES = "select run_id, line_no, stage, item, amount, unit, amount_in_factor_unit,"
            + " factor_unit, factor_id, factor_name, factor_set_name, factor_set_version, factor_year, kg_co2e"
            + " from run_line where run_id in ";
    private static final String GASES = "select run_id, line_no, gas, kg_gas from run_line_gas where run_id in ";

    private final ConnectionFactory connections;
    private final Collection<UUID> only;
    private Map<String, Map<String, BigDecimal>> gwp;

    private StoreRuns(ConnectionFactory connections, Collection<UUID> only) {
        this.connections = connections;
        this.only = only;
    }

    /** Every run of the store. */
    public static StoreRuns all(ConnectionFactory connections) {
        return new StoreRuns(connections, null);
    }

    /** The runs of the store among {@code runIds}. */
    public static StoreRuns only(ConnectionFactory connections, Collection<UUID> runIds) {
        return new StoreRuns(connections, List.copyOf(runIds));
    }

    @Override
    public List<RunKey> keys() {
        List<RunKey> keys = new ArrayList<>();
        try (Connection connection = connections.open()) {
            gwp = gwpValues(connection);
            if (only == null) {
                try (PreparedStatement statement = connection.prepareStatement(KEYS);
                        ResultSet rows = statement.executeQuery()) {
                    readKeys(rows, keys);
                }
            } else {
                for (List<UUID> ids : chunks(new ArrayList<>(only))) {
                    try (PreparedStatement statement = select(connection, KEYS + " where r.id in ", ids);
                            ResultSet rows = statement.executeQuery()) {
                        readKeys(rows, keys);
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreReadException("Could not list the store's runs", e);
        }
        return keys;
    }

    @Override
    public List<RunRecord> read(List<RunKey> runs) {
        if (gwp == null) {
            throw new IllegalStateException("keys() first: it reads the GWP values");
        }
        List<UUID> ids = runs.stream().map(RunKey::runId).toList();
        Map<UUID, RunRecord> read = new HashMap<>();
        try (Connection connection = connections.open()) {
            boolean tuned = tuneForChunks(connection);
            try {
                for (List<UUID> chunk : chunks(ids)) {
                    read(connection, chunk, read);
                }
                if (tuned) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (tuned) {
                    connection.rollback();
                }
                throw e;
            } finally {
                if (tuned) {
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new StoreReadException("Could not read " + runs.size() + " runs from the store", e);
        }
        List<RunRecord> ordered = new ArrayList<>(runs.size());
        for (UUID id : ids) {
            ordered.add(read.get(id));
        }
        return ordered;
    }

    private void read(Connection connection, List<UUID> ids, Map<UUID, RunRecord> into) throws SQLException {
        Map<UUID, Map<String, BigDecimal>> stages = new HashMap<>();
        try (PreparedStatement statement = select(connection, STAGES, ids);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                stages.computeIfAbsent(rows.getObject(1, UUID.class), run -> new HashMap<>())
                        .put(rows.getString(2), rows.getBigDecimal(3));
            }
        }
        Map<LineKey, List<Gas>> gases = new HashMap<>();
        try (PreparedStatement statement = select(connection, GASES, ids);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                gases.computeIfAbsent(new LineKey(rows.getObject(1, UUID.class), rows.getInt(2)),
                        line -> new ArrayList<>(2)).add(new Gas(rows.getString(3), trimmedDecimal(rows, 4)));
            }
        }
        Map<UUID, List<StoredLine>> lines = new HashMap<>();
        try (PreparedStatement statement = select(connection, LINES, ids);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                UUID runId = rows.getObject(1, UUID.class);
                int lineNo = rows.getInt(2);
                Integer factorYear = rows.getObject(13, Integer.class);
                lines.computeIfAbsent(runId, run -> new ArrayList<>()).add(new StoredLine(lineNo, rows.getString(3),
                        rows.getString(4), rows.getBigDecimal(5), rows.getString(6), rows.getBigDecimal(7),
                        rows.getString(8), rows.getObject(9, UUID.class), rows.getString(10), rows.getString(11),
                        rows.getString(12), factorYear, rows.getBigDecimal(14),
                        gases.getOrDefault(new LineKey(runId, lineNo), List.of())));
            }
        }
        try (PreparedStatement statement = select(connection, RUNS, ids);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                UUID runId = rows.getObject(1, UUID.class);
                String factorSet = rows.getString(15);
                String factorSetVersion = rows.getString(16);
                List<StoredLine> stored = new ArrayList<>(lines.getOrDefault(runId, List.of()));
                stored.sort((a, b) -> Integer.compare(a.lineNo(), b.lineNo()));
                List<LineRecord> lineRecords = new ArrayList<>(stored.size());
                for (StoredLine line : stored) {
                    lineRecords.add(line.record(factorSet, factorSetVersion, gwp));
                }
                into.put(runId, new RunRecord(runId, rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, UUID.class),
                        rows.getString(7), rows.getObject(8, UUID.class), rows.getString(9), rows.getString(10),
                        rows.getString(11), rows.getBoolean(12), rows.getInt(13), rows.getObject(14, UUID.class),
                        factorSet, factorSetVersion, rows.getString(17), rows.getBigDecimal(18),
                        stages.getOrDefault(runId, Map.of()), rows.getBigDecimal(19), rows.getBigDecimal(20),
                        rows.getString(21), rows.getObject(22, OffsetDateTime.class).toInstant(), lineRecords));
            }
        }
    }

    /**
     * On PostgreSQL, reads a chunk in one transaction that plans its statements without JIT compilation or parallel
     * workers: each statement fetches some ten thousand rows by index, yet the lines' statement is estimated at far
     * more (a run's lines are few among many), enough for the planner to compile it to machine code and to start
     * workers, which cost more server time than the statement itself. Other databases, and a connection already in a
     * transaction, are left as they are.
     *
     * @return whether a transaction was begun, which the caller commits
     */
    private static boolean tuneForChunks(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()
                || !"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return false;
        }
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL jit = off");
            statement.execute("SET LOCAL max_parallel_workers_per_gather = 0");
        }
        return true;
    }

    private static void readKeys(ResultSet rows, List<RunKey> keys) throws SQLException {
        while (rows.next()) {
            keys.add(new RunKey(rows.getObject(1, UUID.class), rows.getInt(2), rows.getObject(3, UUID.class),
                    rows.getObject(4, UUID.class), rows.getObject(5, UUID.class),
                    rows.getObject(6, OffsetDateTime.class).toInstant()));
        }
    }

    /** GWP100 per gas, per GWP set, as the store holds them. */
    private static Map<String, Map<String, BigDecimal>> gwpValues(Connection connection) throws SQLException {
        Map<String, Map<String, BigDecimal>> tables = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select gwp_set, gas, gwp100 from gwp_value"); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.computeIfAbsent(rows.getString(1), set -> new HashMap<>())
                        .put(rows.getString(2), trimmedDecimal(rows, 3));
            }
        }
        return tables;
    }

    /**
     * A decimal column without the trailing zeros of its declared scale: kg of gas, stored to 18 places, would
     * otherwise need a {@code BigInteger} for every value and for every product with a GWP, where a {@code long}
     * holds the digits that are there.
     */
    private static BigDecimal trimmedDecimal(ResultSet rows, int column) throws SQLException {
        String text = rows.getString(column);
        if (text == null) {
            return null;
        }
        int end = text.length();
        if (text.indexOf('.') >= 0 && text.indexOf('E') < 0 && text.indexOf('e') < 0) {
            while (text.charAt(end - 1) == '0') {
                end--;
            }
            if (text.charAt(end - 1) == '.') {
                end--;
            }
        }
        return new BigDecimal(end == text.length() ? text : text.substring(0, end));
    }

    private static PreparedStatement select(Connection connection, String sql, List<UUID> ids)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql + "(" + String.join(", ",
                Collections.nCopies(ids.size(), "?")) + ")");
        for (int i = 0; i < ids.size(); i++) {
            statement.setObject(i + 1, ids.get(i));
        }
        return statement;
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    private record LineKey(UUID runId, int lineNo) {
    }

    private record Gas(String gas, BigDecimal kg) {
    }

    private record StoredLine(int lineNo, String stage, String item, BigDecimal amount, String unit,
            BigDecimal amountInFactorUnit, String factorUnit, UUID factorId, String factorName, String factorSet,
            String factorSetVersion, Integer factorYear, BigDecimal kgCo2e, List<Gas> gases) {

        /** A line without a factor set of its own took its factor from the run's set. */
        LineRecord record(String runFactorSet, String runFactorSetVersion,
                Map<String, Map<String, BigDecimal>> gwp) {
            return new LineRecord(lineNo, stage, item, amount, unit, amountInFactorUnit, factorUnit, factorId,
                    factorName, factorSet == null ? runFactorSet : factorSet,
                    factorSet == null ? runFactorSetVersion : factorSetVersion, factorYear,
                    gases.size() == 1 ? gases.get(0).gas() : gases.isEmpty() ? "CO2E" : "MIXED", kgCo2e,
                    underEachGwpSet(gwp));
        }

        /**
         * The line's kg CO2e under each GWP set that has a value for every gas of the line. A line given in CO2e
         * alone (no gases, or CO2E only) is the same under every set.
         */
        private Map<String, BigDecimal> underEachGwpSet(Map<String, Map<String, BigDecimal>> gwp) {
            Map<String, BigDecimal> bySet = new LinkedHashMap<>();
            BigDecimal inCo2e = inCo2eAlone();
            if (inCo2e != null) {
                LineRecord.GWP_SETS.forEach(set -> bySet.put(set, inCo2e));
                return bySet;
            }
            for (String set : LineRecord.GWP_SETS) {
                Map<String, BigDecimal> values = gwp.getOrDefault(set, Map.of());
                BigDecimal kg = BigDecimal.ZERO;
                boolean complete = true;
                for (Gas gas : gases) {
                    BigDecimal value = "CO2E".equals(gas.gas()) ? BigDecimal.ONE : values.get(gas.gas());
                    if (value == null) {
                        complete = false;
                        break;
                    }
                    kg = kg.add(gas.kg().multiply(value));
                }
                if (complete) {
                    bySet.put(set, kg);
                }
            }
            return bySet;
        }

        /** The line's kg CO2e if it is given in CO2e alone; null if a gas of it needs a GWP. */
        private BigDecimal inCo2eAlone() {
            if (gases.isEmpty()) {
                return kgCo2e;
            }
            BigDecimal kg = null;
            for (Gas gas : gases) {
                if (!"CO2E".equals(gas.gas())) {
                    return null;
                }
                kg = kg == null ? gas.kg() : kg.add(gas.kg());
            }
            return kg;
        }
    }
}
