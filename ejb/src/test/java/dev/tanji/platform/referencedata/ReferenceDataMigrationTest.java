package dev.tanji.platform.referencedata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tanji.quantity.FactorUnit;
import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real Flyway migration (V1 and V2 from {@code classpath:db/migration}, then {@link V3__Reference_data}, then
 * the later ones) on the embedded H2 store and on PostgreSQL, each in a fresh database or schema.
 */
class ReferenceDataMigrationTest {

    private static final String MEE_NBS = "china-grid-mee-nbs";

    @Nested
    class OnH2 extends MigratedStore {
        OnH2() {
            super(ScratchDatabase.h2());
        }
    }

    @Nested
    class OnPostgresql extends MigratedStore {
        OnPostgresql() {
            super(ScratchDatabase.postgresql());
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class MigratedStore {

        private final ScratchDatabase store;

        MigratedStore(ScratchDatabase store) {
            this.store = store;
        }

        @BeforeAll
        void migrate() {
            assertThat(store.flyway().migrate().migrationsExecuted).isEqualTo(9);
        }

        @AfterAll
        void dropStore() throws SQLException {
            store.drop();
        }

        @Test
        void storesTheGwp100OfEveryGasPerAssessmentReport() throws SQLException {
            assertThat(gwp("AR4", "N2O")).isEqualByComparingTo("298");
            assertThat(gwp("AR5", "CH4_FOSSIL")).isEqualByComparingTo("30");
            assertThat(gwp("AR6", "CH4_NON_FOSSIL")).isEqualByComparingTo("27.0");
            assertThat(gwp("AR4", "CH4")).isEqualByComparingTo("25");
            assertThat(gwp("AR6", "CH4")).isEqualByComparingTo("27.9");
            assertThat(text("SELECT source FROM gwp_value WHERE gwp_set = 'AR6' AND gas = 'CH4_NON_FOSSIL'"))
                    .contains("IPCC AR6 WG1 Table 7.15 'CH4-non fossil 27.0 +/-11'");
            assertThat(count("SELECT COUNT(*) FROM gwp_value")).isEqualTo(60);
        }

        @Test
        void shipsElevenFactorSetsSharedByEveryCompanyAndCreatedAtAFixedTime() throws SQLException {
            assertThat(count("SELECT COUNT(*) FROM factor_set")).isEqualTo(11);
            assertThat(count("SELECT COUNT(*) FROM factor_set WHERE company_id IS NOT NULL")).isZero();
            try (Connection connection = store.connect();
                    ResultSet rows = connection.createStatement().executeQuery("SELECT created_at FROM factor_set")) {
                while (rows.next()) {
                    assertThat(rows.getObject(1, OffsetDateTime.class).toInstant())
                            .isEqualTo(ReferenceDataWriter.CREATED_AT.toInstant());
                }
            }
            assertThat(count("SELECT COUNT(*) FROM emission_factor")).isEqualTo(88);
        }

        @Test
        void findsThe2022CentralChinaGridFactorOfMeeAndNbsByItsLookupKey() throws SQLException {
            String key = "electricity, grid average|central china|2022";
            try (Connection connection = store.connect();
                    PreparedStatement query = connection.prepareStatement("SELECT id, factor_value, unit, source, "
                            + "region, reference_year FROM emission_factor WHERE factor_set_id = ? AND lookup_key = ?")) {
                query.setObject(1, ReferenceIds.factorSet(MEE_NBS));
                query.setString(2, key);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).isTrue();
                    assertThat(row.getObject("id", UUID.class)).isEqualTo(ReferenceIds.factor(MEE_NBS, key));
                    assertThat(row.getBigDecimal("factor_value")).isEqualByComparingTo("0.5395");
                    assertThat(row.getString("unit")).isEqualTo("kg CO2 / kWh");
                    assertThat(row.getString("region")).isEqualTo("Central China");
                    assertThat(row.getInt("reference_year")).isEqualTo(2022);
                    assertThat(row.getString("source")).contains("关于发布2022年电力二氧化碳排放因子的公告");
                    assertThat(row.next()).isFalse();
                }
            }
        }

        @Test
        void keepsTheStatisticalAndTheCarbonMarketNationalGridFactorsOf2022InDifferentSets() throws SQLException {
            String setOf = "SELECT s.name FROM emission_factor f JOIN factor_set s ON s.id = f.factor_set_id "
                    + "WHERE f.region = 'China' AND f.reference_year = 2022 AND f.factor_value = ";
            String statistical = text(setOf + "0.5366");
            String carbonMarket = text(setOf + "0.5703");

            assertThat(statistical).isEqualTo("China electricity CO2 emission factors (MEE/NBS)");
            assertThat(carbonMarket).isEqualTo("China national grid emission factor for ETS reporting");
        }

        @Test
        void storesTheCaseBNaturalGasCombustionAsKilogramsOfEachGas() throws SQLException {
            String key = "natural gas, combustion||";
            UUID id = ReferenceIds.factor("seed-b-bulk-conveyor", key);
            Map<String, BigDecimal> gases = new HashMap<>();
            try (Connection connection = store.connect();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT gas, amount FROM emission_factor_gas WHERE factor_id = ?")) {
                query.setObject(1, id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        gases.put(rows.getString(1), rows.getBigDecimal(2));
                    }
                }
            }

            assertThat(gases).containsOnlyKeys("CO2", "CH4_FOSSIL", "N2O");
            assertThat(gases.get("CO2")).isEqualByComparingTo("2.09");
            assertThat(gases.get("CH4_FOSSIL")).isEqualByComparingTo("0.0000375");
            assertThat(gases.get("N2O")).isEqualByComparingTo("0.00000373");
            assertThat(text("SELECT unit FROM emission_factor WHERE id = '" + id + "' AND factor_value IS NULL"))
                    .isEqualTo("kg / m3");
        }

        @Test
        void givesEachFactorEitherAValueOrGasesNeverBoth() throws SQLException {
            assertThat(count("SELECT COUNT(*) FROM emission_factor f WHERE f.factor_value IS NOT NULL AND EXISTS "
                    + "(SELECT 1 FROM emission_factor_gas g WHERE g.factor_id = f.id)")).isZero();
            assertThat(count("SELECT COUNT(*) FROM emission_factor f WHERE f.factor_value IS NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM emission_factor_gas g WHERE g.factor_id = f.id)")).isZero();
        }

        @Test
        void writesEveryFactorUnitSoThatFactorUnitReadsIt() throws SQLException {
            List<String> unreadable = new ArrayList<>();
            for (String unit : strings("SELECT DISTINCT unit FROM emission_factor")) {
                try {
                    FactorUnit.parse(unit);
                } catch (RuntimeException e) {
                    unreadable.add(unit + " (" + e.getMessage() + ")");
                }
            }
            assertThat(unreadable).isEmpty();
        }

        @Test
        void storesOnlyGasCodesThatGasReadsBackToThemselves() throws SQLException {
            List<String> codes = strings("SELECT gas FROM emission_factor_gas UNION SELECT gas FROM gwp_value");

            assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(Gas.parse(code).name()).isEqualTo(code));
        }

        @Test
        void givesEverySetFactorAndGwpValueASource() throws SQLException {
            for (String table : List.of("factor_set", "emission_factor", "gwp_value")) {
                assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE source IS NULL OR TRIM(source) = ''"))
                        .as(table).isZero();
            }
        }

        @Test
        void derivesTheIdentifierOfASetFromItsKey() throws SQLException {
            assertThat(ReferenceIds.factorSet(MEE_NBS)).hasToString("2a2a16cb-a90a-3056-a642-a0f9e0057a2b");
            assertThat(text("SELECT name FROM factor_set WHERE id = '2a2a16cb-a90a-3056-a642-a0f9e0057a2b'"))
                    .isEqualTo("China electricity CO2 emission factors (MEE/NBS)");
        }

        @Test
        void holdsAFactorForEveryItemOfBothSeedCases() throws SQLException {
            assertThat(names("seed-a-valve-actuator")).containsExactlyInAnyOrder("grey iron casting",
                    "aluminium alloy casting", "bar stock", "cutting emulsion", "lithium grease", "electric motor",
                    "road freight, average", "electricity, grid average");
            assertThat(names("seed-b-bulk-conveyor")).containsExactlyInAnyOrder("electricity, grid average",
                    "natural gas, supply", "water", "steel", "electric motor", "gear reducer", "paint",
                    "carbon dioxide (welding gas)", "natural gas, combustion");
        }

        @Test
        void changesNothingWhenMigratedAgain() throws SQLException {
            Flyway again = store.flyway();

            assertThat(again.migrate().migrationsExecuted).isZero();
            assertThat(again.validateWithResult().validationSuccessful).isTrue();
            assertThat(again.info().current().getVersion().getVersion()).isEqualTo("9");
            assertThat(count("SELECT COUNT(*) FROM factor_set WHERE owner_key <> 'shared'")).isZero();
            assertThat(count("SELECT COUNT(*) FROM emission_factor")).isEqualTo(88);
            assertThat(count("SELECT COUNT(*) FROM emission_factor_gas")).isEqualTo(12);
        }

        private List<String> names(String setKey) throws SQLException {
            return strings("SELECT name FROM emission_factor WHERE factor_set_id = '"
                    + ReferenceIds.factorSet(setKey) + "'");
        }

        private BigDecimal gwp(String set, String gas) throws SQLException {
            try (Connection connection = store.connect();
                    PreparedStatement query = connection.prepareStatement(
                            "SELECT gwp100 FROM gwp_value WHERE gwp_set = ? AND gas = ?")) {
                query.setString(1, set);
                query.setString(2, gas);
                try (ResultSet row = query.executeQuery()) {
                    assertThat(row.next()).as(set + " " + gas).isTrue();
                    return row.getBigDecimal(1);
                }
            }
        }

        private long count(String sql) throws SQLException {
            try (Connection connection = store.connect();
                    ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        }

        private String text(String sql) throws SQLException {
            List<String> values = strings(sql);
            assertThat(values).as(sql).hasSize(1);
            return values.get(0);
        }

        private List<String> strings(String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Connection connection = store.connect();
                    ResultSet rows = connection.createStatement().executeQuery(sql)) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
