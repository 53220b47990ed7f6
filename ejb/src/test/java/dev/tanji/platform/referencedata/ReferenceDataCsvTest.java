package dev.tanji.platform.referencedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tanji.factor.model.FactorLookupKey;
import dev.tanji.quantity.Gas;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reference data files are validated before anything is written; every refusal names the file and the line. */
class ReferenceDataCsvTest {

    private static final String FACTORS = "reference-data/factors.csv";
    private static final String HEADER = "set_key,name,category,region,reference_year,unit,value,gases,"
            + "uncertainty_percent,confidence,source\n";
    private static final String GOOD_ROW = "grid,\"electricity, grid average\",electricity,Central China,2022,"
            + "kg CO2 / kWh,0.5395,,,high,MEE/NBS 2022\n";

    private static List<ReferenceFactor> factors(String... rows) {
        return FactorsCsv.factors(FACTORS, HEADER + String.join("", rows), Set.of("grid"));
    }

    @Test
    void readsAGoodRowWithItsLookupKeyAndDeterministicId() {
        ReferenceFactor factor = factors(GOOD_ROW).get(0);

        assertThat(factor.value()).isEqualByComparingTo("0.5395");
        assertThat(factor.gases()).isEmpty();
        assertThat(factor.lookupKey()).isEqualTo("electricity, grid average|central china|2022");
        assertThat(factor.id()).isEqualTo(ReferenceIds.factor("grid", factor.lookupKey()));
    }

    @Test
    void refusesAFactorInAnUnknownSetNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> factors(GOOD_ROW, "nope,steel,material,China,2019,kg CO2e / t,2630,,,low,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/factors.csv line 3: ")
                .hasMessageContaining("unknown factor set 'nope'");
    }

    @Test
    void refusesAFactorThatGivesBothAValueAndGases() {
        assertThatThrownBy(() -> factors("grid,natural gas,fuel,,,kg / m3,2.09,CO2=2.09,,medium,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference-data/factors.csv line 2: give either value or gases, not both");
    }

    @Test
    void refusesAFactorThatGivesNeitherAValueNorGases() {
        assertThatThrownBy(() -> factors("grid,natural gas,fuel,,,kg / m3,,,,medium,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference-data/factors.csv line 2: give either value or gases; both are empty");
    }

    @Test
    void refusesAnUnknownGasCode() {
        assertThatThrownBy(() -> factors("grid,natural gas,fuel,,,kg / m3,,CO2=2.09;METHANE=3.75E-05,,medium,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/factors.csv line 2: unknown gas 'METHANE'");
    }

    @Test
    void refusesANegativeValueAndANegativeGasAmount() {
        assertThatThrownBy(() -> factors("grid,steel,material,,,kg CO2e / t,-2630,,,low,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference-data/factors.csv line 2: value -2630 is negative");
        assertThatThrownBy(() -> factors("grid,natural gas,fuel,,,kg / m3,,CO2=2.09;N2O=-1E-06,,medium,x\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference-data/factors.csv line 2: amount of N2O -1E-06 is negative");
    }

    @Test
    void refusesTheSameNameRegionAndYearTwiceInOneSet() {
        assertThatThrownBy(() -> factors(GOOD_ROW, GOOD_ROW.replace("0.5395", "0.54")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/factors.csv line 3: set grid already has a factor");
    }

    @Test
    void refusesAFactorWithoutASource() {
        assertThatThrownBy(() -> factors("grid,steel,material,,,kg CO2e / t,2630,,,low,\n"))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage("reference-data/factors.csv line 2: source is empty");
    }

    @Test
    void countsLinesOfAQuotedFieldThatSpansTwoLines() {
        String twoLineSource = "grid,paint,material,,,kg CO2e / kg,1.0798,,,low,\"implied\nby the report\"\n";

        assertThatThrownBy(() -> factors(twoLineSource, "grid,steel,material,,,kg CO2e / t,-1,,,low,x\n"))
                .hasMessageStartingWith("reference-data/factors.csv line 4: ");
    }

    @Test
    void refusesAGwpRowOfAnUnknownGasNamingTheFileAndTheLine() {
        String gwp = "gas,ar4,ar5,ar6,source\nN2O,298,265,273,IPCC\nCH4 fossil,25,30,29.8,IPCC\n";

        assertThatThrownBy(() -> ReferenceDataCsv.gwpValues(gwp))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/gwp100.csv line 3: unknown gas 'CH4 fossil'");
    }

    @Test
    void refusesAFactorSetWithAnUnknownGwpBasis() {
        String sets = "key,name,publisher,version,publication_year,gwp_basis,source\n"
                + "uk,UK factors,DESNZ,2023,2023,AR7,DESNZ 2023\n";

        assertThatThrownBy(() -> ReferenceDataCsv.factorSets(sets))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/factor-sets.csv line 2: gwp_basis 'AR7'");
    }

    @Test
    void refusesAFileWhoseHeaderIsNotTheExpectedOne() {
        assertThatThrownBy(() -> FactorsCsv.factors(FACTORS, "set_key,name,value\ngrid,steel,2630\n", Set.of("grid")))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("reference-data/factors.csv line 1: expected the header");
    }

    @Test
    void readsPerGasAmountsInTheirOwnUnit() {
        ReferenceFactor factor = factors(
                "grid,\"natural gas, combustion\",fuel,,,kg / m3,,CO2=2.09;CH4_FOSSIL=3.75E-05;N2O=3.73E-06,,medium,x\n")
                .get(0);

        assertThat(factor.value()).isNull();
        assertThat(factor.gases()).containsOnlyKeys(Gas.CO2, Gas.CH4_FOSSIL, Gas.N2O);
        assertThat(factor.gases().get(Gas.CH4_FOSSIL)).isEqualByComparingTo("0.0000375");
    }

    @Test
    void readsTheShippedFilesWithoutAnError() {
        ReferenceData data = ReferenceDataCsv.load(getClass().getClassLoader());

        assertThat(data.sets()).hasSize(11);
        assertThat(data.factors()).hasSize(88);
        assertThat(data.gwpValues()).hasSize(60);
    }

    @Test
    void computesTheSameLookupKeyAsTheFactorLibraryForEveryShippedFactor() {
        assertThat(ReferenceDataCsv.load(getClass().getClassLoader()).factors()).allSatisfy(factor ->
                assertThat(factor.lookupKey())
                        .isEqualTo(FactorLookupKey.of(factor.name(), factor.region(), factor.referenceYear())));
    }

    @Test
    void theChecksumChangesWithTheContentButNotWithLineEndings() {
        int original = ReferenceDataCsv.checksum(List.of("a,b\n1,2\n", "c\n", "d\n"));

        assertThat(ReferenceDataCsv.checksum(List.of("a,b\r\n1,2\r\n", "c\r\n", "d\r\n"))).isEqualTo(original);
        assertThat(ReferenceDataCsv.checksum(List.of("a,b\n1,3\n", "c\n", "d\n"))).isNotEqualTo(original);
    }

    @Test
    void theLookupKeyCollapsesWhitespaceAndIgnoresCase() {
        assertThat(ReferenceIds.lookupKey("  Electricity,   grid\taverage ", " North China ", 2022))
                .isEqualTo("electricity, grid average|north china|2022");
        assertThat(ReferenceIds.lookupKey("Water", null, null)).isEqualTo("water||");
    }
}
