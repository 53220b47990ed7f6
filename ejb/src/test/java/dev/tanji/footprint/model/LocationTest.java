package dev.tanji.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocationTest {

    private final RegionHierarchy regions = RegionHierarchy.standard();

    @Test
    void aPlantInHubeiLiesInCentralChinaChinaAndTheWorld() {
        Location yidu = Location.of(regions, "Hubei", "Central China");

        assertThat(yidu.lineage()).containsExactly("CN-HB", "CN-GRID-CENTRAL", "CN", "WORLD");
        assertThat(yidu.mostSpecific()).isEqualTo("CN-HB");
    }

    @Test
    void theFirstKnownNameWinsAndBlankOrUnknownOnesAreSkipped() {
        Location location = Location.of(regions, " ", null, "Yidu", "华中");

        assertThat(location.lineage()).containsExactly("CN-GRID-CENTRAL", "CN", "WORLD");
    }

    @Test
    void namesTheHierarchyDoesNotKnowAreKeptStrippedInOrder() {
        assertThat(Location.of(regions, " Atlantis ", "", "Mu").lineage()).containsExactly("Atlantis", "Mu");
    }

    @Test
    void noNameAtAllIsAnUnknownLocation() {
        assertThat(Location.of(regions, null, "  ").isUnknown()).isTrue();
        assertThat(Location.unknown().lineage()).isEmpty();
        assertThat(Location.unknown().mostSpecific()).isNull();
    }

    @Test
    void aFactorForTheFacilitysOwnRegionIsTheSame() {
        assertThat(hubei().match("CN-HB")).isEqualTo(new GeographicMatch(GeographicMatch.Kind.SAME, 0));
    }

    @Test
    void aFactorForAnEnclosingRegionIsWiderByItsLevel() {
        assertThat(hubei().match("CN-GRID-CENTRAL")).isEqualTo(new GeographicMatch(GeographicMatch.Kind.WIDER, 1));
        assertThat(hubei().match("cn")).isEqualTo(new GeographicMatch(GeographicMatch.Kind.WIDER, 2));
        assertThat(hubei().match("WORLD").levels()).isEqualTo(3);
    }

    @Test
    void aFactorForTheNorthChinaGridIsAMismatchForAPlantInHubei() {
        GeographicMatch match = hubei().match(regions.canonical("North China"));

        assertThat(match.kind()).isEqualTo(GeographicMatch.Kind.OTHER);
        assertThat(match.isMismatch()).isTrue();
    }

    @Test
    void aFactorWithoutRegionOrAFacilityWithoutLocationCannotBeJudged() {
        assertThat(hubei().match(null).kind()).isEqualTo(GeographicMatch.Kind.UNKNOWN);
        assertThat(hubei().match(" ").kind()).isEqualTo(GeographicMatch.Kind.UNKNOWN);
        assertThat(Location.unknown().match("CN").kind()).isEqualTo(GeographicMatch.Kind.UNKNOWN);
    }

    @Test
    void unknownPlacesAreComparedAsTextIgnoringCase() {
        Location atlantis = Location.of(regions, "Atlantis");

        assertThat(atlantis.match("ATLANTIS").kind()).isEqualTo(GeographicMatch.Kind.SAME);
        assertThat(atlantis.match("CN").kind()).isEqualTo(GeographicMatch.Kind.OTHER);
    }

    private Location hubei() {
        return Location.of(regions, "湖北");
    }
}
