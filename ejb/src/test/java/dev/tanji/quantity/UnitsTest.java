package dev.tanji.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "kg|kg", "KG|kg", "Kg|kg", "g|g", "t|t", "tonne|t", "吨|t",
        "kWh|kWh", "KWH|kWh", "kwh|kWh", "kW·h|kWh", "度|kWh", "MWh|MWh", "MWH|MWh", "GJ|GJ", "gj|GJ", "MJ|MJ",
        "m3|m³", "m³|m³", "M3|m³", "L|L", "l|L",
        "piece|piece", "pcs|piece", "unit|piece", "台|piece", "套|piece", "PCS|piece",
        "km|km", "m|m",
        "t·km|t·km", "tkm|t·km", "t*km|t·km", "t km|t·km", " t  ×  km |t·km", "TKM|t·km",
        "kg·km|kg·km", "kg*km|kg·km",
        "m2|m²", "m²|m²", "m^2|m²", "CNY|CNY", "cny|CNY"})
    void readsTheWaysInventoriesSpellUnits(String text, String symbol) {
        assertThat(Units.parse(text).symbol()).isEqualTo(symbol);
    }

    @Test
    void givesEachUnitItsDimension() {
        assertThat(Units.TONNE.dimension()).isEqualTo(Dimension.MASS);
        assertThat(Units.GIGAJOULE.dimension()).isEqualTo(Dimension.ENERGY);
        assertThat(Units.LITRE.dimension()).isEqualTo(Dimension.VOLUME);
        assertThat(Units.PIECE.dimension()).isEqualTo(Dimension.COUNT);
        assertThat(Units.KILOMETRE.dimension()).isEqualTo(Dimension.DISTANCE);
        assertThat(Units.TONNE_KILOMETRE.dimension()).isEqualTo(Dimension.MASS_DISTANCE);
        assertThat(Units.SQUARE_METRE.dimension()).isEqualTo(Dimension.AREA);
        assertThat(Units.CNY.dimension()).isEqualTo(Dimension.MONEY);
    }

    @Test
    void derivesAnExactFactorBetweenEveryPairOfCompatibleUnits() {
        for (UnitOfMeasure from : Units.all()) {
            for (UnitOfMeasure to : Units.all()) {
                if (from.isCompatibleWith(to)) {
                    Ratio there = from.factorTo(to);
                    assertThat(there.multiply(to.factorTo(from))).as(from + " -> " + to + " -> " + from)
                            .isEqualTo(Ratio.ONE);
                }
            }
        }
        assertThat(Units.KILOWATT_HOUR.factorTo(Units.MEGAJOULE)).isEqualTo(Ratio.of(new BigDecimal("3.6")));
        assertThat(Units.MEGAJOULE.factorTo(Units.KILOWATT_HOUR))
                .isEqualTo(new Ratio(BigInteger.valueOf(5), BigInteger.valueOf(18)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"furlong", "kgs CO2e", "Nm3", "mg", "tesla", "%"})
    void refusesUnknownUnitsCarryingTheText(String text) {
        assertThatThrownBy(() -> Units.parse(text))
                .isInstanceOfSatisfying(UnknownUnitException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNKNOWN_UNIT");
                    assertThat(e.text()).isEqualTo(text);
                })
                .hasMessageContaining("'" + text + "'")
                .hasMessageContaining("kWh");
    }

    @Test
    void neverReadsACapitalTAsTonne() {
        assertThatThrownBy(() -> Units.parse("T"))
                .isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("case-sensitive")
                .hasMessageContaining("'t'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mWh", "mwh", "mJ", "mj"})
    void neverReadsALowerCaseMAsMega(String text) {
        assertThatThrownBy(() -> Units.parse(text))
                .isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("milli");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAMissingUnit(String text) {
        assertThatThrownBy(() -> Units.parse(text)).isInstanceOf(UnknownUnitException.class);
        assertThatThrownBy(() -> Units.parse(null)).isInstanceOf(UnknownUnitException.class);
    }
}
