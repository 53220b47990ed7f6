package dev.tanji.platform.referencedata;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the shipped reference data (see the {@linkplain dev.tanji.platform.referencedata package}): GWP100 values into
 * {@code gwp_value}, shared factor sets ({@code company_id} NULL, {@code created_at} 2026-01-01T00:00Z) into
 * {@code factor_set}, factors into {@code emission_factor} with their {@code lookup_key}, and per-gas amounts into
 * {@code emission_factor_gas} ({@code factor_value} NULL). Identifiers are deterministic: {@link ReferenceIds}.
 *
 * <p>The files are validated first; a bad row fails the migration with its file and line, and nothing is written.
 * {@link #getChecksum()} covers the files' content, so a file edited after the migration ran makes Flyway's validation
 * fail rather than pass silently: corrections ship as a new migration.
 *
 * <p>Registered explicitly with {@code Flyway.configure().javaMigrations(...)}: class path scanning for Java
 * migrations is not relied on (WildFly deploys from a virtual file system).
 */
public class V3__Reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        ReferenceData data = ReferenceDataCsv.load(classLoader());
        new ReferenceDataWriter(context.getConnection()).write(data);
    }

    @Override
    public Integer getChecksum() {
        return ReferenceDataCsv.checksum(classLoader());
    }

    private static ClassLoader classLoader() {
        return V3__Reference_data.class.getClassLoader();
    }
}
