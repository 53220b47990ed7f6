package dev.tanji.footprint.model;

import static dev.tanji.quantity.Gas.CH4;
import static dev.tanji.quantity.Gas.CH4_FOSSIL;
import static dev.tanji.quantity.Gas.CH4_NON_FOSSIL;
import static dev.tanji.quantity.Gas.CO2;
import static dev.tanji.quantity.Gas.CO2_BIOGENIC;
import static dev.tanji.quantity.Gas.N2O;

import dev.tanji.quantity.Gas;
import java.math.BigDecimal;
import java.util.Map;

/** The IPCC 100-year GWPs the tests characterise with, as the assessment reports print them. */
final class GwpTables {

    /** AR4 (2007), WG1 table 2.14: CH4 25, N2O 298; no fossil/biogenic split for methane. */
    static final GwpTable AR4 = table("AR4", "25", "25", "25", "298");
    /** AR5 (2013), WG1 table 8.7, without climate-carbon feedback: CH4 28 (fossil 30), N2O 265. */
    static final GwpTable AR5 = table("AR5", "28", "30", "28", "265");
    /** AR6 (2021), WG1 table 7.15: CH4 27.9 (fossil 29.8, non-fossil 27.0), N2O 273. */
    static final GwpTable AR6 = table("AR6", "27.9", "29.8", "27.0", "273");

    private GwpTables() {
    }

    private static GwpTable table(String name, String ch4, String ch4Fossil, String ch4NonFossil, String n2o) {
        return new GwpTable(name, Map.<Gas, BigDecimal>of(CO2, BigDecimal.ONE, CO2_BIOGENIC, BigDecimal.ONE,
                CH4, new BigDecimal(ch4), CH4_FOSSIL, new BigDecimal(ch4Fossil),
                CH4_NON_FOSSIL, new BigDecimal(ch4NonFossil), N2O, new BigDecimal(n2o)));
    }
}
