package dev.tanji.platform.referencedata;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** Inserts validated reference data with batched JDBC statements, on the migration's connection. */
final class ReferenceDataWriter {

    /** Every shipped set's {@code created_at}, fixed so that the migration gives the same rows everywhere. */
    static final OffsetDateTime CREATED_AT = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    private final Connection connection;

    ReferenceDataWriter(Connection connection) {
        this.connection = connection;
    }

    void write(ReferenceData data) throws SQLException {
        writeSets(data);
        writeFactors(data);
        writeGases(data);
        writeGwpValues(data);
    }

    private void writeSets(ReferenceData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO factor_set (id, company_id, name, "
                + "publisher, version, publication_year, created_at, gwp_basis, source) "
                + "VALUES (?, NULL, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReferenceFactorSet set : data.sets()) {
                insert.setObject(1, set.id());
                insert.setString(2, set.name());
                setText(insert, 3, set.publisher());
                insert.setString(4, set.version());
                setInteger(insert, 5, set.publicationYear());
                insert.setObject(6, CREATED_AT);
                setText(insert, 7, set.gwpBasis());
                insert.setString(8, set.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeFactors(ReferenceData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO emission_factor (id, factor_set_id, "
                + "name, category, region, reference_year, factor_value, unit, source, uncertainty_percent, "
                + "confidence, lookup_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (ReferenceFactor factor : data.factors()) {
                insert.setObject(1, factor.id());
                insert.setObject(2, ReferenceIds.factorSet(factor.setKey()));
                insert.setString(3, factor.name());
                setText(insert, 4, factor.category());
                setText(insert, 5, factor.region());
                setInteger(insert, 6, factor.referenceYear());
                setDecimal(insert, 7, factor.value());
                insert.setString(8, factor.unit());
                insert.setString(9, factor.source());
                setDecimal(insert, 10, factor.uncertaintyPercent());
                setText(insert, 11, factor.confidence());
                insert.setString(12, factor.lookupKey());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void writeGases(ReferenceData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO emission_factor_gas (factor_id, gas, amount) VALUES (?, ?, ?)")) {
            for (ReferenceFactor factor : data.factors()) {
                for (Map.Entry<Gas, BigDecimal> gas : factor.gases().entrySet()) {
                    insert.setObject(1, factor.id());
                    insert.setString(2, gas.getKey().name());
                    insert.setBigDecimal(3, gas.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void writeGwpValues(ReferenceData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO gwp_value (gwp_set, gas, gwp100, source) VALUES (?, ?, ?, ?)")) {
            for (GwpValue value : data.gwpValues()) {
                insert.setString(1, value.gwpSet());
                insert.setString(2, value.gas().name());
                insert.setBigDecimal(3, value.gwp100());
                insert.setString(4, value.source());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.NUMERIC);
        } else {
            statement.setBigDecimal(index, value);
        }
    }
}
