package dev.tanji.footprint.model;

/**
 * Where a factor comes from, so that every run line can name it: the factor set (database) and its version, the
 * GWP set the publisher characterised CO2e figures with, and the citation.
 *
 * @param setId the factor set's identifier, {@code null} for factors outside any set
 * @param gwpBasis the IPCC report behind the set's CO2e figures ({@code "AR4"}, ...), {@code null} if not stated
 * @param source the citation of this value (publication, table, page), {@code null} if not stated
 */
public record FactorProvenance(String setId, String setName, String setVersion, String gwpBasis, String source) {

    /** A factor with no recorded origin, as tests and ad-hoc calculations build them. */
    public static final FactorProvenance UNKNOWN = new FactorProvenance(null, null, null, null, null);

    /** A gas emitted directly and measured or calculated by the study itself. */
    public static final FactorProvenance DIRECT =
            new FactorProvenance(null, null, null, null, "direct emission, characterised with the study's GWP set");
}
