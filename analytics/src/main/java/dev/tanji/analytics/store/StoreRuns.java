package dev.tanji.analytics.store;

import dev.tanji.analytics.store.GwpValues.LineGas;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The store's calculation runs as the warehouse records them, read over JDBC: the keys of every run (or of given
 * runs) in one statement, then runs in full a chunk at a time in four statements (the runs with their study, company,
 * facility, product and factor set; their stages; their lines; their lines' gases), which name the chunk's runs as
 * {@link ChunkStatements} does on the database at hand. Each line's kg CO2e under every GWP set is its gases'
 * kilograms times the store's GWP values for that set ({@link GwpValues}); a line stored without gases is in CO2e
 * alone, as the product stores such lines, and its kg CO2e is the same under every set.
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
            + " join factor_set fs on fs.id = r.factor_set_id where r.id";
    private static final String STAGES = "select run_id, stage, kg_co2e from run_stage where run_id";
    private static final String LINES = "select run_id, line_no, stage, item, amount, unit, amount_in_factor_unit,"
            + " factor_unit, factor_id, factor_name, factor_set_name, factor_set_version, factor_year, kg_co2e"
            + " from run_line where run_id";
    private static final String GASES = "select run_id, line_no, gas, kg_gas from run_line_gas where run_id";
    private static final Comparator<StoredLine> BY_LINE_NO = Comparator.comparingInt(StoredLine::lineNo);
    private static final Comparator<LineGas> GAS_BY_LINE_NO = Comparator.comparingInt(LineGas::lineNo);

    private final ConnectionFactory connections;
    private final Collection<UUID> only;
    private GwpValues gwp;

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
            gwp = GwpValues.read(connection);
            if (only == null) {
                try (PreparedStatement statement = connection.prepareStatement(KEYS);
                        ResultSet rows = statement.executeQuery()) {
                    readKeys(rows, keys);
                }
            } else {
                ChunkStatements statements = ChunkStatements.of(connection);
                for (List<UUID> ids : chunks(new ArrayList<>(only))) {
                    try (PreparedStatement statement = statements.select(connection, KEYS + " where r.id", ids);
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
                ChunkStatements statements = ChunkStatements.of(connection);
                for (List<UUID> chunk : chunks(ids)) {
                    read(connection, statements, chunk, read);
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

    private void read(Connection connection, ChunkStatements statements, List<UUID> ids, Map<UUID, RunRecord> into)
            throws SQLException {
        ChunkParts parts = new ChunkParts(ids);
        try (PreparedStatement statement = statements.select(connection, STAGES, ids);
                ResultSet rows = statement.executeQuery()) {
            ChunkStatements.Columns columns = statements.columns(rows);
            while (rows.next()) {
                parts.of(rows.getObject(1, UUID.class)).stages.put(columns.text(2), columns.exact(3));
            }
        }
        try (PreparedStatement statement = statements.select(connection, GASES, ids);
                ResultSet rows = statement.executeQuery()) {
            ChunkStatements.Columns columns = statements.columns(rows);
            while (rows.next()) {
                parts.of(rows.getObject(1, UUID.class)).gases.add(new LineGas(rows.getInt(2), columns.text(3),
                        columns.trimmed(4)));
            }
        }
        try (PreparedStatement statement = statements.select(connection, LINES, ids);
                ResultSet rows = statement.executeQuery()) {
            ChunkStatements.Columns columns = statements.columns(rows);
            while (rows.next()) {
                parts.of(rows.getObject(1, UUID.class)).lines.add(new StoredLine(rows.getInt(2), columns.text(3),
                        columns.text(4), columns.exact(5), columns.text(6), columns.exact(7),
                        columns.text(8), rows.getObject(9, UUID.class), columns.text(10), columns.text(11),
                        columns.text(12), rows.getObject(13, Integer.class), columns.exact(14)));
            }
        }
        try (PreparedStatement statement = statements.select(connection, RUNS, ids);
                ResultSet rows = statement.executeQuery()) {
            ChunkStatements.Columns columns = statements.columns(rows);
            while (rows.next()) {
                UUID runId = rows.getObject(1, UUID.class);
                String factorSet = rows.getString(15);
                String factorSetVersion = rows.getString(16);
                RunParts run = parts.of(runId);
                into.put(runId, new RunRecord(runId, rows.getObject(2, UUID.class), rows.getString(3),
                        rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, UUID.class),
                        rows.getString(7), rows.getObject(8, UUID.class), rows.getString(9), rows.getString(10),
                        rows.getString(11), rows.getBoolean(12), rows.getInt(13), rows.getObject(14, UUID.class),
                        factorSet, factorSetVersion, rows.getString(17), columns.exact(18), run.stages,
                        columns.exact(19), columns.exact(20), rows.getString(21),
                        rows.getObject(22, OffsetDateTime.class).toInstant(),
                        run.lineRecords(factorSet, factorSetVersion, gwp)));
            }
        }
    }

    /**
     * On PostgreSQL, reads a chunk in one transaction that plans its statements without JIT compilation or parallel
     * workers: each statement fetches some ten thousand rows by index, yet the lines' statement is estimated at far
     * more (a run's lines are few among many), enough for the planner to compile it to machine code and to start
     * workers, which cost more server time than the statement itself. Nor does it plan whole-table scans and hash
     * joins, which it would for the runs' statement: a chunk's few hundred runs, studies, companies and products are
     * fewer index lookups than the rows of their tables (for every chunk, the run and study tables scanned in full
     * took twice the server time). Other databases, and a connection already in a transaction, are left as they are.
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
            statement.execute("SET LOCAL enable_seqscan = off");
            statement.execute("SET LOCAL enable_hashjoin = off");
            statement.execute("SET LOCAL enable_mergejoin = off");
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

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    /**
     * The rows of a chunk's runs as they come, by run. A statement's rows mostly come run after run, so the run of
     * the previous row is tried before the map.
     */
    private static final class ChunkParts {

        private final Map<UUID, RunParts> byRun;
        private RunParts last;

        ChunkParts(List<UUID> ids) {
            byRun = new HashMap<>(ids.size() * 2);
            ids.forEach(id -> byRun.put(id, new RunParts(id)));
        }

        RunParts of(UUID runId) {
            if (last == null || !last.runId.equals(runId)) {
                last = byRun.get(runId);
            }
            return last;
        }
    }

    /** One run's stages, lines and gases as read. */
    private static final class RunParts {

        final UUID runId;
        final Map<String, BigDecimal> stages = new HashMap<>();
        final List<StoredLine> lines = new ArrayList<>();
        final List<LineGas> gases = new ArrayList<>();

        RunParts(UUID runId) {
            this.runId = runId;
        }

        /** The run's lines in line order, each with its gases. */
        List<LineRecord> lineRecords(String runFactorSet, String runFactorSetVersion, GwpValues gwp) {
            if (!linesInOrder()) {
                lines.sort(BY_LINE_NO);
            }
            if (!gasesInOrder()) {
                gases.sort(GAS_BY_LINE_NO);
            }
            List<LineRecord> records = new ArrayList<>(lines.size());
            int gas = 0;
            for (StoredLine line : lines) {
                while (gas < gases.size() && gases.get(gas).lineNo() < line.lineNo()) {
                    gas++;
                }
                int first = gas;
                while (gas < gases.size() && gases.get(gas).lineNo() == line.lineNo()) {
                    gas++;
                }
                records.add(line.record(runFactorSet, runFactorSetVersion, gases.subList(first, gas), gwp));
            }
            return records;
        }

        /** Whether the lines came in line order, as the store's index on (run, line) gives them: no sort then. */
        private boolean linesInOrder() {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i - 1).lineNo() > lines.get(i).lineNo()) {
                    return false;
                }
            }
            return true;
        }

        private boolean gasesInOrder() {
            for (int i = 1; i < gases.size(); i++) {
                if (gases.get(i - 1).lineNo() > gases.get(i).lineNo()) {
                    return false;
                }
            }
            return true;
        }
    }

    private record StoredLine(int lineNo, String stage, String item, BigDecimal amount, String unit,
            BigDecimal amountInFactorUnit, String factorUnit, UUID factorId, String factorName, String factorSet,
            String factorSetVersion, Integer factorYear, BigDecimal kgCo2e) {

        /** A line without a factor set of its own took its factor from the run's set. */
        LineRecord record(String runFactorSet, String runFactorSetVersion, List<LineGas> gases, GwpValues gwp) {
            return new LineRecord(lineNo, stage, item, amount, unit, amountInFactorUnit, factorUnit, factorId,
                    factorName, factorSet == null ? runFactorSet : factorSet,
                    factorSet == null ? runFactorSetVersion : factorSetVersion, factorYear, GwpValues.label(gases),
                    kgCo2e, gwp.underEachSet(gases, kgCo2e));
        }
    }
}
