package dev.tanji.analytics.query;

import static dev.tanji.analytics.warehouse.RunBuilder.aRun;

import dev.tanji.analytics.warehouse.RunBuilder;
import dev.tanji.analytics.warehouse.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Runs of eight companies over five years that take every query down each of its paths: several facilities of one
 * product (a tie, a superseded run, other factor and GWP sets), a product below zero and one at zero, years with new
 * factors, new activity, lines that come and go, a change of GWP set (with a line that has no figure under the old
 * one), a gap year, two factor sets over the same studies, and a benchmark group of five companies beside one of two.
 */
final class AgreementRuns {

    static final String HOUSINGS = "pump housings";
    static final String HOUSING_UNIT = "1 pump housing, 20.2 kg";
    static final String CAB_PARTS = "driver's cab parts \\ welded";

    private static final UUID HOUSING_2024 = UUID.fromString("5d1e0c52-8a4b-4c7e-9f0e-0a1b2c3d4e01");
    private static final UUID PUMP_2023 = UUID.fromString("5d1e0c52-8a4b-4c7e-9f0e-0a1b2c3d4e02");
    private static final UUID PUMP_2024 = UUID.fromString("5d1e0c52-8a4b-4c7e-9f0e-0a1b2c3d4e03");
    private static final UUID BRACKET_2024 = UUID.fromString("5d1e0c52-8a4b-4c7e-9f0e-0a1b2c3d4e04");

    // Acme's grey iron pump housing at Shenyang, year by year
    final RunRecord housing2021 = housing(2021).under("ecoinvent", "3.8", "AR5").calculatedAt("2022-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20", "kg", "40.0", 2019, gwp("39.5", "40.0", "40.2"))
            .line("PRODUCTION", "electricity, grid", "100", "kWh", "50.0", 2019, gwp("49.0", "50.0", "50.1"))
            .line("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t", "10", "t*km", "1.0", 2019, gwp("1.0", "1.0", "1.0"))
            .line("DIRECT_EMISSIONS", "refrigerant R-134a", "0.01", "kg", "13.0", null, gwp("14.3", "13.0", "15.3"))
            .line("PRODUCTION", "sand core", "3", "kg", "1.000001")
            .build();
    final RunRecord housing2022 = housing(2022).under("ecoinvent", "3.9", "AR5").calculatedAt("2023-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "21", "kg", "42.63", 2020, gwp("42.1", "42.63", "42.9"))
            .line("PRODUCTION", "electricity, grid", "60", "kWh", "28.8", 2020, gwp("28.5", "28.8", "28.9"))
            .line("PRODUCTION", "electricity, grid", "40", "kWh", "19.6", 2020, gwp("19.4", "19.6", "19.7"))
            .line("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t", "10", "t*km", "1.0", 2020, gwp("1.0", "1.0", "1.0"))
            .line("DIRECT_EMISSIONS", "refrigerant R-134a", "0.01", "kg", "13.0", null, gwp("14.3", "13.0", "15.3"))
            .line("PRODUCTION", "sand core", "7", "kg", "2.000003")
            .line("END_OF_LIFE", "scrap", "0", "kg", "0")
            .build();
    final RunRecord housing2023Superseded = housing(2023).under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2024-01-15T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "30", "kg", "60.0").build();
    final RunRecord housing2023 = housing(2023).under("ecoinvent", "3.10", "AR6").calculatedAt("2024-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "22", "kg", "44.0", 2021, gwp("43.6", "43.8", "44.0"))
            .line("PRODUCTION", "electricity, grid", "100", "kWh", "45.0", 2021, gwp("44.6", "44.8", "45.0"))
            .line("DIRECT_EMISSIONS", "refrigerant R-134a", "0.01", "kg", "15.3", null, gwp("14.3", "13.0", "15.3"))
            .line("PRODUCTION", "compressed air", "5", "m3", "2.5", 2021, gwp("2.3", "2.4", "2.5"))
            .line("END_OF_LIFE", "scrap", "2", "kg", "-0.4", 2021, gwp("-0.4", "-0.4", "-0.4"))
            .build();
    final RunRecord housing2024A = housing(2024).study(HOUSING_2024).under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2025-02-10T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "38.38", 2022, gwp("38.0", "38.2", "38.38"))
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "8.41", 2022, gwp("8.3", "8.4", "8.41"))
            .build();
    final RunRecord housing2024ASuperseded = housing(2024).study(HOUSING_2024).under("ecoinvent", "3.10", "AR6")
            .calculatedAt("2025-01-10T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "40.0")
            .build();
    final RunRecord housing2024B = housing(2024).study(HOUSING_2024).under("GaBi", "2024", "AR6")
            .calculatedAt("2025-01-20T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "grey iron", "20.2", "kg", "36.36")
            .line("PRODUCTION", "electricity, grid", "14.5", "kWh", "9.57")
            .line("RAW_MATERIAL_ACQUISITION", "sand core", "2.5", "kg", "0.5")
            .build();

    // the same housing at Acme's other foundries in 2024
    final RunRecord tianjin = housing(2024).at("Tianjin foundry").under("GaBi", "2024", "AR6").total("44.5").build();
    final RunRecord dalian = housing(2024).at("Dalian foundry").under("ecoinvent", "3.10", "AR6").total("44.5").build();
    final RunRecord ningbo = housing(2024).at("Ningbo foundry").under("ecoinvent", "3.9", "AR5").total("51.25").build();
    final RunRecord ningboSuperseded = housing(2024).at("Ningbo foundry").under("ecoinvent", "3.9", "AR5")
            .calculatedAt("2025-01-02T08:00:00Z").total("12").build();
    final RunRecord impeller = aRun().of("Acme Castings", "bronze impeller").in(2024)
            .category("impellers", "1 impeller")
            .line("RAW_MATERIAL_ACQUISITION", "bronze", "3.1", "kg", "12.4").build();

    // Borealis: a 2023 run under AR5, its 2024 run under AR6 with a refrigerant that has no AR5 figure
    final RunRecord pump2023A = pump(PUMP_2023, 2023).under("ecoinvent", "3.10", "AR5").build();
    final RunRecord pump2023B = pump(PUMP_2023, 2023).under("GaBi", "2024", "AR5")
            .calculatedAt("2024-02-01T08:00:00Z").build();
    final RunRecord pump2024A = pump(PUMP_2024, 2024).under("ecoinvent", "3.10", "AR6")
            .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "10.0")
            .line("DIRECT_EMISSIONS", "refrigerant R-1234yf", "0.01", "kg", "0.01", null, Map.of("AR6", "0.01"))
            .build();
    final RunRecord pump2024B = pump(PUMP_2024, 2024).under("GaBi", "2024", "AR6")
            .calculatedAt("2025-02-01T08:00:00Z")
            .line("RAW_MATERIAL_ACQUISITION", "ductile iron", "20", "kg", "12.5").build();

    // the rest of the 2024 benchmark group, and those just outside it
    final RunRecord castell = peer("Castell Guss", "Pumpengehäuse", "20").build();
    final RunRecord dongfang = peer("Dongfang Pump", "泵壳", "60").build();
    final RunRecord ebro = peer("Ebro Fundiciones", "carcasa de bomba", "45.125")
            .category("PUMP HOUSINGS", HOUSING_UNIT).build();
    final RunRecord fabre = peer("Fonderie Fabre", "carter de pompe", "10")
            .category(HOUSINGS, "1 pump housing, 35 kg").build();
    final RunRecord gota = peer("Gjuteri Göta", "pumphjul", "5").category("impellers", "1 impeller").build();
    final RunRecord castell2020 = peer("Castell Guss", "Pumpengehäuse", "24").in(2020).build();
    final RunRecord castell2023 = peer("Castell Guss", "Pumpengehäuse", "21.5").in(2023).build();

    // a bracket credited below zero at one plant; a cab part at zero at another, in a category with a quote
    final RunRecord bracketA = bracket("Hamm works", "-2.5").study(BRACKET_2024).under("ecoinvent", "3.10", "AR6")
            .build();
    final RunRecord bracketB = bracket("Hamm works", "0").study(BRACKET_2024).under("GaBi", "2024", "AR6").build();
    final RunRecord bracketKoeln = bracket("Köln works", "3.0").build();
    final RunRecord cabZero = cab("Solar works", "0").build();
    final RunRecord cabDiesel = cab("Diesel works", "7.5").build();

    List<RunRecord> all() {
        return List.of(housing2021, housing2022, housing2023Superseded, housing2023, housing2024A,
                housing2024ASuperseded, housing2024B, tianjin, dalian, ningbo, ningboSuperseded, impeller, pump2023A,
                pump2023B, pump2024A, pump2024B, castell, dongfang, ebro, fabre, gota, castell2020, castell2023,
                bracketA, bracketB, bracketKoeln, cabZero, cabDiesel);
    }

    private static RunBuilder housing(int year) {
        return aRun().of("Acme Castings", "grey iron pump housing").at("Shenyang foundry").in(year)
                .category(HOUSINGS, HOUSING_UNIT);
    }

    private static RunBuilder pump(UUID study, int year) {
        return aRun().of("Borealis Pumps", "ductile pump housing").at("Oulu works").study(study).in(year)
                .category(HOUSINGS, HOUSING_UNIT).calculatedAt(year + 1 + "-03-01T08:00:00Z");
    }

    private static RunBuilder peer(String company, String product, String kgCo2e) {
        return aRun().of(company, product).at(company + " plant").in(2024).category(HOUSINGS, HOUSING_UNIT)
                .total(kgCo2e);
    }

    private static RunBuilder bracket(String facility, String kgCo2e) {
        return aRun().of("Hütte Hamm", "recycled steel bracket").at(facility).in(2024)
                .category("brackets", "1 bracket").total(kgCo2e);
    }

    private static RunBuilder cab(String facility, String kgCo2e) {
        return aRun().of("Hütte Hamm", "cab step").at(facility).in(2024).category(CAB_PARTS, "1 step").total(kgCo2e);
    }

    private static Map<String, String> gwp(String ar4, String ar5, String ar6) {
        return Map.of("AR4", ar4, "AR5", ar5, "AR6", ar6);
    }
}
