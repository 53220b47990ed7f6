package dev.tanji.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactorResolverTest {

    private static final FactorProvenance MEE = new FactorProvenance("mee", "China grid (MEE)", "2023", "AR5", null);

    private final RegionHierarchy regions = RegionHierarchy.standard();
    private final Location hubei = Location.of(regions, "Hubei", "Central China");

    @Test
    void takesTheFactorForTheFacilitysRegionAndReferenceYear() {
        FactorChoice choice = resolver(electricity("hb-2022", 2022, "Hubei"), electricity("hb-2021", 2021, "Hubei"))
                .resolve("electricity", hubei, 2022);

        assertThat(choice.factor().id()).isEqualTo("hb-2022");
        assertThat(choice.rule()).isEqualTo(SelectionRule.EXACT);
        assertThat(choice.explanation()).isEqualTo(
                "electricity: took Hubei 2022 from factor set 1, the facility's region and reference year");
    }

    @Test
    void takesTheNearestEarlierYearRatherThanAnOlderOne() {
        FactorChoice choice = resolver(electricity("hb-2019", 2019, "CN-HB"), electricity("hb-2021", 2021, "CN-HB"))
                .resolve("electricity", hubei, 2022);

        assertThat(choice.factor().id()).isEqualTo("hb-2021");
        assertThat(choice.rule()).isEqualTo(SelectionRule.NEAREST_EARLIER_YEAR);
        assertThat(choice.explanation()).contains("no factor for Hubei 2022", "took Hubei 2021, the nearest earlier");
    }

    @Test
    void neverTakesALaterYear() {
        FactorResolver resolver = resolver(electricity("hb-2023", 2023, "Hubei"), electricity("cn-2020", 2020, "CN"));

        FactorChoice choice = resolver.resolve("electricity", hubei, 2022);

        assertThat(choice.factor().id()).isEqualTo("cn-2020");
        assertThat(choice.rule()).isEqualTo(SelectionRule.WIDER_REGION_NEAREST_EARLIER_YEAR);
        assertThatThrownBy(() -> resolver.resolve("electricity", hubei, 2019))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.FACTOR_NOT_FOUND));
    }

    @Test
    void prefersTheProvinceThenTheGridRegionThenTheCountryThenAFactorWithoutRegion() {
        EmissionFactor province = electricity("province", 2022, "Hubei");
        EmissionFactor grid = electricity("grid", 2022, "Central China");
        EmissionFactor country = electricity("country", 2022, "China");
        EmissionFactor regionless = electricity("regionless", 2022, null);

        assertThat(idFor(province, grid, country, regionless)).isEqualTo("province");
        assertThat(idFor(grid, country, regionless)).isEqualTo("grid");
        assertThat(idFor(country, regionless)).isEqualTo("country");
        assertThat(idFor(regionless)).isEqualTo("regionless");
        assertThat(resolver(grid).resolve("electricity", hubei, 2022).rule()).isEqualTo(SelectionRule.WIDER_REGION);
        assertThat(resolver(regionless).resolve("electricity", hubei, 2022).explanation()).isEqualTo("electricity: "
                + "no factor for Hubei, Central China, China or World 2022 in factor set 1; took the factor without "
                + "region for 2022");
    }

    @Test
    void prefersTheFacilitysOwnRegionFromAnEarlierYearToAWiderRegionFromTheReferenceYear() {
        assertThat(idFor(electricity("cn-2022", 2022, "CN"), electricity("hb-2020", 2020, "Hubei")))
                .isEqualTo("hb-2020");
    }

    @Test
    void prefersADatedFactorToAnUndatedOneAndTakesTheUndatedOneWhenNoYearFits() {
        EmissionFactor undated = electricity("undated", null, "Hubei");

        assertThat(idFor(undated, electricity("hb-2018", 2018, "Hubei"))).isEqualTo("hb-2018");
        FactorChoice choice = resolver(undated, electricity("hb-2024", 2024, "Hubei")).resolve("electricity", hubei,
                2022);
        assertThat(choice.factor().id()).isEqualTo("undated");
        assertThat(choice.rule()).isEqualTo(SelectionRule.EXACT);
    }

    @Test
    void withoutReferenceYearTakesTheLatest() {
        FactorChoice choice = resolver(electricity("hb-2021", 2021, "Hubei"), electricity("hb-2023", 2023, "Hubei"))
                .resolve("electricity", hubei, null);

        assertThat(choice.factor().id()).isEqualTo("hb-2023");
        assertThat(choice.rule()).isEqualTo(SelectionRule.EXACT);
    }

    @Test
    void explainsAWiderRegionAndEarlierYearInASentence() {
        FactorChoice choice = new FactorResolver(List.of(List.of(
                electricity("cn-2021", 2021, "China national").withProvenance(MEE),
                electricity("north-2022", 2022, "North China").withProvenance(MEE))), regions)
                .resolve("electricity", hubei, 2022);

        assertThat(choice.explanation()).isEqualTo("electricity: no factor for Hubei or Central China 2022 in "
                + "'China grid (MEE)' 2023; took China 2021, the nearest earlier year in the wider region China");
    }

    @Test
    void usesALowerPrioritySetOnlyWhenTheFirstHasNothingAcceptable() {
        List<EmissionFactor> preferred = List.of(electricity("north", 2022, "North China").withProvenance(MEE),
                electricity("hb-2023", 2023, "Hubei").withProvenance(MEE));
        List<EmissionFactor> fallback = List.of(electricity("fallback-cn", 2022, "CN"));

        FactorChoice choice = new FactorResolver(List.of(preferred, fallback), regions)
                .resolve("electricity", hubei, 2022);

        assertThat(choice.factor().id()).isEqualTo("fallback-cn");
        assertThat(choice.explanation()).contains("nothing acceptable in 'China grid (MEE)' 2023",
                "the lower-priority set factor set 2 was used");
    }

    @Test
    void aHigherPrioritySetWinsEvenWithAPoorerFit() {
        FactorChoice choice = new FactorResolver(List.of(List.of(electricity("cn-2012", 2012, "CN")),
                List.of(electricity("hb-2022", 2022, "Hubei"))), regions).resolve("electricity", hubei, 2022);

        assertThat(choice.factor().id()).isEqualTo("cn-2012");
        assertThat(choice.explanation()).doesNotContain("lower-priority");
    }

    @Test
    void aFactorRegionGivenByAnyOfItsNamesMatchesTheFacilitysRegion() {
        assertThat(idFor(electricity("grid", 2022, "华中电网"))).isEqualTo("grid");
    }

    @Test
    void twoFactorsTyingInOneSetAreRefusedNamingBoth() {
        FactorResolver resolver = resolver(electricity("a", 2022, "华中"), electricity("b", 2022, "Central China"));

        assertThatThrownBy(() -> resolver.resolve("electricity", hubei, 2022))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.AMBIGUOUS_FACTOR))
                .hasMessageContaining("ids a, b").hasMessageContaining("Central China 2022");
    }

    @Test
    void aTieAmongFactorsNotChosenDoesNotMatter() {
        assertThat(idFor(electricity("n1", 2012, "North China"), electricity("n2", 2012, "North China"),
                electricity("hb", 2022, "Hubei"))).isEqualTo("hb");
    }

    @Test
    void nothingAcceptableIsRefusedListingWhatExistsUnderThatName() {
        FactorResolver resolver = resolver(electricity("north", 2012, "North China"),
                electricity("hb-2023", 2023, "Hubei"), EmissionFactor.of("steel", "steel", "2", "kg CO2e / kg"));

        assertThatThrownBy(() -> resolver.resolve("electricity", hubei, 2022))
                .isInstanceOfSatisfying(CalculationException.class,
                        e -> assertThat(e.code()).isEqualTo(CalculationException.FACTOR_NOT_FOUND))
                .hasMessage("No factor named 'electricity' fits a facility in Hubei (Central China, China, World) "
                        + "for 2022 or earlier in factor set 1: only North China 2012, Hubei 2023 exist under that "
                        + "name; reference the factor by id to use it anyway, or add one for the facility's region "
                        + "and year");
    }

    @Test
    void listsAtMostFiveOfTheFactorsThatExist() {
        FactorResolver resolver = resolver(electricity("1", 2012, "North China"), electricity("2", 2012, "East China"),
                electricity("3", 2012, "Northeast China"), electricity("4", 2012, "South China"),
                electricity("5", 2012, "Northwest China"), electricity("6", 2012, "Southwest China"),
                electricity("7", 2013, "Southwest China"));

        assertThatThrownBy(() -> resolver.resolve("electricity", hubei, 2022)).hasMessageContaining("and 2 more");
    }

    @Test
    void aNameThatExistsNowhereIsRefused() {
        assertThatThrownBy(() -> resolver(electricity("hb", 2022, "Hubei")).resolve("steam", hubei, 2022))
                .hasMessage("No factor named 'steam' exists in factor set 1; check the name or import a factor set "
                        + "that has it");
    }

    @Test
    void aFacilityOfUnknownLocationGetsOnlyAFactorWithoutRegion() {
        FactorResolver resolver = resolver(electricity("cn", 2022, "CN"), electricity("any", 2022, null));

        assertThat(resolver.resolve("electricity", Location.unknown(), 2022).factor().id()).isEqualTo("any");
        assertThat(resolver.resolve("electricity", null, 2022).rule()).isEqualTo(SelectionRule.WIDER_REGION);
    }

    @Test
    void nameMatchingIgnoresCaseAndWhitespace() {
        EmissionFactor factor = EmissionFactor.of("grid", "Grid  Electricity", "0.5366", "kg CO2 / kWh")
                .withYear(2022).withRegion("CN");

        assertThat(resolver(factor).resolve("  grid electricity ", hubei, 2022).factor()).isEqualTo(factor);
        assertThat(FactorResolver.normaliseName(" Grid \t Electricity ")).isEqualTo("grid electricity");
    }

    @Test
    void aFactorTheLineNamesItselfIsExplicit() {
        EmissionFactor factor = electricity("north", 2012, "North China");

        FactorChoice choice = resolver().explicit(factor);

        assertThat(choice.rule()).isEqualTo(SelectionRule.EXPLICIT);
        assertThat(choice.explanation())
                .isEqualTo("electricity: the line names factor north (North China 2012) itself");
    }

    @Test
    void aPlantInSichuanIsNotGivenThe2012CentralChinaGrid() {
        FactorResolver resolver = resolver(electricity("central-2012", 2012, "华中"),
                electricity("southwest-2022", 2022, "西南"));

        assertThat(resolver.resolve("electricity", Location.of(regions, "四川"), 2022).factor().id())
                .isEqualTo("southwest-2022");
        assertThatThrownBy(() -> resolver.resolve("electricity", Location.of(regions, "四川"), 2020))
                .hasMessageContaining("only Central China 2012, Southwest China 2022 exist");
    }

    private String idFor(EmissionFactor... factors) {
        return resolver(factors).resolve("electricity", hubei, 2022).factor().id();
    }

    private FactorResolver resolver(EmissionFactor... factors) {
        return new FactorResolver(List.of(List.of(factors)), regions);
    }

    private static EmissionFactor electricity(String id, Integer year, String region) {
        return EmissionFactor.of(id, "electricity", "0.5366", "kg CO2 / kWh").withYear(year).withRegion(region);
    }
}
