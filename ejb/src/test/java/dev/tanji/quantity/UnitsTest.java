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
        "mmBtu|mmBtu", "MMBtu|mmBtu", "MMBTU|mmBtu", "mmbtu|mmBtu",
        "m3|m³", "m³|m³", "M3|m³", "Nm3|m³", "Nm³|m³", "NM3|m³", "标方|m³", "scf|scf", "SCF|scf",
        "L|L", "l|L", "litre|L", "liter|L", "Litres|L",
        "piece|piece", "pcs|piece", "unit|piece", "台|piece", "套|piece", "PCS|piece",
        "km|km", "m|m",
        "t·km|t·km", "tkm|t·km", "t*km|t·km", "t km|t·km", " t  ×  km |t·km", "TKM|t·km",
        "kg·km|kg·km", "kg*km|kg·km",
        "m2|m²", "m²|m²", "m^2|m²", "CNY|CNY", "cny|CNY", "USD|USD", "usd|USD", "EUR|EUR", "欧元|EUR"})
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
        assertThat(Units.MILLION_BTU.dimension()).isEqualTo(Dimension.ENERGY);
        assertThat(Units.STANDARD_CUBIC_FOOT.dimension()).isEqualTo(Dimension.VOLUME);
        assertThat(Units.USD.dimension()).isEqualTo(Dimension.MONEY);
        assertThat(Units.EUR.dimension()).isEqualTo(Dimension.MONEY);
    }

    @Test
    void readsANormalCubicMetreAsTheCubicMetreItself() {
        assertThat(Units.parse("Nm3")).isSameAs(Units.CUBIC_METRE);
        assertThat(Units.all()).filteredOn(unit -> unit.dimension() == Dimension.VOLUME)
                .containsExactly(Units.CUBIC_METRE, Units.LITRE, Units.STANDARD_CUBIC_FOOT);
    }

    @Test
    void definesTheStandardCubicFootAndTheMillionBtuExactly() {
        assertThat(Units.STANDARD_CUBIC_FOOT.factorTo(Units.CUBIC_METRE)).isEqualTo(Ratio.of(
                new BigDecimal("0.028316846592")).multiply(new Ratio(BigInteger.valueOf(27_315L), BigInteger.valueOf(100L)))
                .divide(new Ratio(BigInteger.valueOf(51_967L * 5), BigInteger.valueOf(900L))));
        assertThat(Units.MILLION_BTU.factorTo(Units.MEGAJOULE)).isEqualTo(Ratio.of(new BigDecimal("1055.05585262")));
        assertThat(Units.MILLION_BTU.factorTo(Units.KILOWATT_HOUR))
                .isEqualTo(new Ratio(BigInteger.valueOf(52_752_792_631L), BigInteger.valueOf(180_000_000L)));
    }

    @Test
    void keepsEachCurrencyCompatibleOnlyWithItself() {
        assertThat(Units.CNY.isCompatibleWith(Units.CNY)).isTrue();
        assertThat(Units.CNY.isCompatibleWith(Units.USD)).isFalse();
        assertThat(Units.USD.isCompatibleWith(Units.EUR)).isFalse();
        assertThat(Units.EUR.isCompatibleWith(Units.CNY)).isFalse();
        assertThat(Quantity.of("12.5", Units.USD).to(Units.USD)).isEqualTo(Quantity.of("12.5", Units.USD));
    }

    @Test
    void refusesToConvertYuanIntoDollars() {
        assertThatThrownBy(() -> Quantity.of("100", Units.CNY).to(Units.USD))
                .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNIT_MISMATCH");
                    assertThat(e.expected()).isEqualTo(Units.USD);
                    assertThat(e.actual()).isEqualTo(Units.CNY);
                })
                .hasMessageContaining("Cannot convert CNY to USD")
                .hasMessageContaining("exchange rate");
        assertThatThrownBy(() -> Quantity.of("1", Units.EUR).plus(Quantity.of("1", Units.USD)))
                .isInstanceOf(UnitMismatchException.class)
                .hasMessageContaining("Cannot add an amount in USD to one in EUR");
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
    @ValueSource(strings = {"furlong", "kgs CO2e", "Sm3", "mg", "tesla", "%", "btu"})
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
    @ValueSource(strings = {"nm3", "nm³"})
    void neverReadsALowerCaseNAsNormal(String text) {
        assertThatThrownBy(() -> Units.parse(text))
                .isInstanceOf(UnknownUnitException.class)
                .hasMessageContaining("nano")
                .hasMessageContaining("'Nm3'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesAMissingUnit(String text) {
        assertThatThrownBy(() -> Units.parse(text)).isInstanceOf(UnknownUnitException.class);
        assertThatThrownBy(() -> Units.parse(null)).isInstanceOf(UnknownUnitException.class);
    }
}
