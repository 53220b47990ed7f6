package dev.tanji.footprint.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionHierarchyTest {

    private final RegionHierarchy regions = RegionHierarchy.standard();

    @Test
    void hubeiLiesInCentralChinaInChinaInTheWorld() {
        assertThat(regions.lineage("Hubei")).containsExactly("CN-HB", "CN-GRID-CENTRAL", "CN", "WORLD");
        assertThat(regions.lineage("湖北省")).containsExactly("CN-HB", "CN-GRID-CENTRAL", "CN", "WORLD");
    }

    @Test
    void tianjinLiesInTheNorthChinaGrid() {
        assertThat(regions.lineage("天津市")).containsExactly("CN-TJ", "CN-GRID-NORTH", "CN", "WORLD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"华中", "Central China grid", "central  china", " CENTRAL CHINA ", "华中区域电网",
            "CN-GRID-CENTRAL", "cn-grid-central"})
    void centralChinaIsFoundByAnyOfItsNamesIgnoringCaseAndSpacing(String name) {
        assertThat(regions.canonical(name)).isEqualTo("CN-GRID-CENTRAL");
        assertThat(regions.find(name)).get().extracting(Region::kind).isEqualTo(RegionKind.GRID_REGION);
    }

    /** The distinct region_en and region_cn values of reference-data/china_grid_factors.csv. */
    @ParameterizedTest
    @CsvSource({"North China, CN-GRID-NORTH", "Northeast China, CN-GRID-NORTHEAST", "East China, CN-GRID-EAST",
            "Central China, CN-GRID-CENTRAL", "Northwest China, CN-GRID-NORTHWEST", "South China (CSG), CN-GRID-SOUTH",
            "South China, CN-GRID-SOUTH", "Southwest China, CN-GRID-SOUTHWEST", "China national, CN",
            "华北, CN-GRID-NORTH", "东北, CN-GRID-NORTHEAST", "华东, CN-GRID-EAST", "华中, CN-GRID-CENTRAL",
            "西北, CN-GRID-NORTHWEST", "南方, CN-GRID-SOUTH", "西南, CN-GRID-SOUTHWEST", "全国, CN"})
    void everyRegionOfTheChinaGridFactorTableResolves(String name, String code) {
        assertThat(regions.canonical(name)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sichuan", "重庆", "Tibet", "西藏自治区"})
    void sichuanChongqingAndTibetAreInTheSouthwestGridSinceThe2022Split(String province) {
        assertThat(regions.lineage(province).get(1)).isEqualTo("CN-GRID-SOUTHWEST");
    }

    @Test
    void innerMongoliaIsFiledUnderNorthChina() {
        assertThat(regions.lineage("内蒙古")).containsExactly("CN-NM", "CN-GRID-NORTH", "CN", "WORLD");
    }

    @Test
    void everyMainlandProvinceHasItsIsoCodeAndAGridRegionInChina() {
        List<String> codes = List.of("CN-BJ", "CN-TJ", "CN-HE", "CN-SX", "CN-NM", "CN-LN", "CN-JL", "CN-HL", "CN-SH",
                "CN-JS", "CN-ZJ", "CN-AH", "CN-FJ", "CN-JX", "CN-SD", "CN-HA", "CN-HB", "CN-HN", "CN-GD", "CN-GX",
                "CN-HI", "CN-CQ", "CN-SC", "CN-GZ", "CN-YN", "CN-XZ", "CN-SN", "CN-GS", "CN-QH", "CN-NX", "CN-XJ");
        assertThat(codes).hasSize(31).allSatisfy(code -> {
            assertThat(regions.find(code)).get().extracting(Region::kind).isEqualTo(RegionKind.PROVINCE);
            List<String> lineage = regions.lineage(code);
            assertThat(regions.find(lineage.get(1))).get().extracting(Region::kind).isEqualTo(RegionKind.GRID_REGION);
            assertThat(lineage.subList(2, 4)).containsExactly("CN", "WORLD");
        });
    }

    @Test
    void anUnknownNameIsItsOwnStrippedCanonicalFormAndLineage() {
        assertThat(regions.find("Atlantis")).isEmpty();
        assertThat(regions.canonical("  Atlantis ")).isEqualTo("Atlantis");
        assertThat(regions.lineage(" Atlantis")).containsExactly("Atlantis");
    }

    @Test
    void aBlankNameIsNoRegion() {
        assertThat(regions.canonical("  ")).isNull();
        assertThat(regions.canonical(null)).isNull();
        assertThat(regions.lineage(null)).isEmpty();
        assertThat(regions.find(" ")).isEmpty();
    }

    @Test
    void refusesACodeUsedTwice() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(world(), region("CN", "China", "WORLD"),
                region("cn", "Cathay", "WORLD"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cn");
    }

    @Test
    void refusesANameThatNamesTwoRegions() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(world(), region("CN", "China", "WORLD"),
                new Region("TW", "Taiwan", null, RegionKind.COUNTRY, "WORLD", List.of("china")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'china' names both CN and TW");
    }

    @Test
    void refusesAnUnknownParent() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(world(), region("CN-HB", "Hubei", "CN-GRID-CENTRAL"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CN-HB")
                .hasMessageContaining("CN-GRID-CENTRAL");
    }

    @Test
    void refusesTwoRootsOrNone() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(world(), region("CN", "China", null))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WORLD, CN");
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(region("A", "A", "B"), region("B", "B", "A"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("none");
    }

    @Test
    void refusesParentsThatFormACycle() {
        assertThatThrownBy(() -> RegionHierarchy.of(List.of(world(), region("A", "A", "B"), region("B", "B", "A"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    }

    private static Region world() {
        return new Region("WORLD", "World", null, RegionKind.WORLD, null, List.of());
    }

    private static Region region(String code, String name, String parent) {
        return new Region(code, name, null, RegionKind.COUNTRY, parent, List.of());
    }
}
