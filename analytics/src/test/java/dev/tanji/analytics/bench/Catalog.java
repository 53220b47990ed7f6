package dev.tanji.analytics.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What the synthetic companies' inventories are made of: inventory items with their stage, units and emission
 * factor, product categories with their functional units, and the factor sets runs are calculated under.
 */
final class Catalog {

    /**
     * An inventory item. {@code toFactorUnit} converts an amount in {@code unit} to {@code factorUnit};
     * {@code kgPerFactorUnit} is its factor under AR6 in the reference set; {@code ar4} and {@code ar5} are the
     * factor under those GWP sets relative to AR6. A {@code direct} item is a gas measured as such: no factor, its
     * kg CO2e is its mass times the gas's GWP.
     */
    record Item(String name, String stage, String unit, String factorUnit, double toFactorUnit,
            double kgPerFactorUnit, String gas, double ar4, double ar5, boolean direct) {

        static Item of(String stage, String name, String unit, String factorUnit, double toFactorUnit,
                double kgPerFactorUnit) {
            return new Item(name, stage, unit, factorUnit, toFactorUnit, kgPerFactorUnit, "CO2E", 1, 1, false);
        }

        static Item mixed(String stage, String name, String unit, String factorUnit, double toFactorUnit,
                double kgPerFactorUnit, double ar4, double ar5) {
            return new Item(name, stage, unit, factorUnit, toFactorUnit, kgPerFactorUnit, "MIXED", ar4, ar5, false);
        }

        static Item gas(String name, String gas, double gwpAr4, double gwpAr5, double gwpAr6) {
            return new Item(name, "DIRECT_EMISSIONS", "kg", "kg", 1, gwpAr6, gas, gwpAr4 / gwpAr6, gwpAr5 / gwpAr6,
                    true);
        }
    }

    record Category(String name, List<String> functionalUnits) {
    }

    /** A factor set; its factors represent {@code vintageLag} years before the reference year. */
    record FactorSet(String name, String version, int vintageLag) {

        UUID id() {
            return nameUuid("factor-set:" + name + "/" + version);
        }
    }

    static final List<FactorSet> FACTOR_SETS = List.of(
            new FactorSet("ecoinvent", "3.10", 2),
            new FactorSet("Sphera MLC", "2024.1", 1),
            new FactorSet("DEFRA", "2024", 0));

    static final List<Item> ITEMS = List.of(
            Item.of("RAW_MATERIAL_ACQUISITION", "steel sheet, cold rolled", "kg", "kg", 1, 2.31),
            Item.of("RAW_MATERIAL_ACQUISITION", "stainless steel, 18/8", "kg", "kg", 1, 4.9),
            Item.of("RAW_MATERIAL_ACQUISITION", "grey iron casting", "kg", "kg", 1, 1.52),
            Item.of("RAW_MATERIAL_ACQUISITION", "aluminium ingot, primary", "t", "kg", 1000, 16.4),
            Item.of("RAW_MATERIAL_ACQUISITION", "aluminium, recycled", "kg", "kg", 1, 0.62),
            Item.of("RAW_MATERIAL_ACQUISITION", "copper wire", "kg", "kg", 1, 3.8),
            Item.of("RAW_MATERIAL_ACQUISITION", "zinc, for galvanising", "kg", "kg", 1, 3.1),
            Item.of("RAW_MATERIAL_ACQUISITION", "PET granulate", "kg", "kg", 1, 2.7),
            Item.of("RAW_MATERIAL_ACQUISITION", "polypropylene granulate", "kg", "kg", 1, 1.95),
            Item.of("RAW_MATERIAL_ACQUISITION", "ABS granulate", "kg", "kg", 1, 3.6),
            Item.of("RAW_MATERIAL_ACQUISITION", "epoxy resin", "kg", "kg", 1, 6.3),
            Item.of("RAW_MATERIAL_ACQUISITION", "glass fibre", "kg", "kg", 1, 2.2),
            Item.of("RAW_MATERIAL_ACQUISITION", "float glass", "kg", "kg", 1, 1.1),
            Item.of("RAW_MATERIAL_ACQUISITION", "corrugated board", "kg", "kg", 1, 0.89),
            Item.of("RAW_MATERIAL_ACQUISITION", "kraft paper", "kg", "kg", 1, 0.76),
            Item.of("RAW_MATERIAL_ACQUISITION", "cotton fibre", "kg", "kg", 1, 5.9),
            Item.of("RAW_MATERIAL_ACQUISITION", "polyester fibre", "kg", "kg", 1, 3.3),
            Item.of("RAW_MATERIAL_ACQUISITION", "synthetic rubber", "kg", "kg", 1, 3.2),
            Item.of("RAW_MATERIAL_ACQUISITION", "Portland cement", "t", "kg", 1000, 0.83),
            Item.of("RAW_MATERIAL_ACQUISITION", "gravel, crushed", "t", "kg", 1000, 0.0048),
            Item.of("RAW_MATERIAL_ACQUISITION", "sawn timber, softwood", "m3", "m3", 1, 95),
            Item.of("RAW_MATERIAL_ACQUISITION", "lithium-ion cell", "kg", "kg", 1, 12.5),
            Item.of("RAW_MATERIAL_ACQUISITION", "printed wiring board", "m2", "m2", 1, 110),
            Item.of("RAW_MATERIAL_ACQUISITION", "titanium dioxide pigment", "kg", "kg", 1, 5.4),
            Item.of("RAW_MATERIAL_TRANSPORT", "lorry, 16-32 t, EURO 6", "tkm", "tkm", 1, 0.12),
            Item.of("RAW_MATERIAL_TRANSPORT", "container ship, transoceanic", "tkm", "tkm", 1, 0.0105),
            Item.of("RAW_MATERIAL_TRANSPORT", "freight train, electric", "tkm", "tkm", 1, 0.028),
            Item.of("RAW_MATERIAL_TRANSPORT", "air freight, long haul", "tkm", "tkm", 1, 0.98),
            Item.mixed("PRODUCTION", "electricity, grid, medium voltage", "MWh", "kWh", 1000, 0.42, 0.985, 0.995),
            Item.mixed("PRODUCTION", "natural gas, burned in industrial boiler", "m3", "MJ", 36, 0.0665, 0.99, 0.997),
            Item.of("PRODUCTION", "compressed air, 7 bar", "m3", "m3", 1, 0.021),
            Item.of("PRODUCTION", "tap water", "m3", "m3", 1, 0.34),
            Item.of("PRODUCTION", "lubricating oil", "kg", "kg", 1, 1.1),
            Item.mixed("PRODUCTION", "heat, district", "GJ", "MJ", 1000, 0.071, 0.98, 0.993),
            Item.mixed("ENERGY", "diesel, burned in machinery", "L", "L", 1, 3.17, 0.998, 0.999),
            Item.of("ENERGY", "electricity, photovoltaic, on site", "kWh", "kWh", 1, 0.045),
            Item.mixed("ENERGY", "LPG, burned in forklift", "kg", "kg", 1, 3.02, 0.997, 0.999),
            Item.gas("methane, process venting", "CH4", 25, 28, 29.8),
            Item.gas("nitrous oxide, process", "N2O", 298, 265, 273),
            Item.gas("HFC-134a, refrigerant leakage", "HFC-134a", 1430, 1300, 1530),
            Item.gas("SF6, switchgear leakage", "SF6", 22800, 23500, 25200),
            Item.of("DISTRIBUTION", "lorry, 7.5-16 t, distribution", "tkm", "tkm", 1, 0.21),
            Item.of("DISTRIBUTION", "van, last mile", "tkm", "tkm", 1, 0.65),
            Item.mixed("DISTRIBUTION", "warehouse, cooled", "m2a", "m2a", 1, 14.2, 0.97, 0.99),
            Item.mixed("USE", "electricity, low voltage, use phase", "kWh", "kWh", 1, 0.45, 0.985, 0.995),
            Item.of("USE", "detergent, for cleaning", "kg", "kg", 1, 1.6),
            Item.mixed("END_OF_LIFE", "landfill, mixed waste", "kg", "kg", 1, 0.58, 0.86, 0.95),
            Item.of("END_OF_LIFE", "incineration, plastics", "kg", "kg", 1, 2.3),
            Item.of("END_OF_LIFE", "recycling, metals, sorting", "kg", "kg", 1, 0.09),
            Item.mixed("END_OF_LIFE", "composting, paper", "kg", "kg", 1, 0.17, 0.88, 0.96));

    static final List<Category> CATEGORIES = List.of(
            new Category("pump housings", List.of("1 pump housing, 20.2 kg")),
            new Category("electric motors", List.of("1 motor, 7.5 kW", "1 motor, 15 kW")),
            new Category("gearboxes", List.of("1 gearbox")),
            new Category("valves", List.of("1 valve, DN50", "1 valve, DN100")),
            new Category("brake discs", List.of("1 brake disc")),
            new Category("car tyres", List.of("1 tyre, 205/55 R16")),
            new Category("steel beams", List.of("1 t steel beam")),
            new Category("aluminium profiles", List.of("1 kg profile")),
            new Category("ready-mix concrete", List.of("1 m3 concrete, C30/37", "1 m3 concrete, C25/30")),
            new Category("insulation boards", List.of("1 m2, R = 1 m2K/W")),
            new Category("ceramic tiles", List.of("1 m2 tiles")),
            new Category("window frames", List.of("1 m2 window")),
            new Category("wooden pallets", List.of("1 EUR pallet")),
            new Category("office chairs", List.of("1 office chair")),
            new Category("t-shirts", List.of("1 t-shirt, size M")),
            new Category("running shoes", List.of("1 pair of shoes")),
            new Category("cotton fabric", List.of("1 m2 fabric")),
            new Category("beverage bottles", List.of("1,000 bottles, 0.5 L", "1,000 bottles, 1.5 L")),
            new Category("glass jars", List.of("1,000 jars")),
            new Category("corrugated boxes", List.of("1,000 boxes")),
            new Category("PET film", List.of("1 kg film")),
            new Category("plastic crates", List.of("1 crate")),
            new Category("detergents", List.of("1 kg detergent")),
            new Category("paints", List.of("1 L paint")),
            new Category("laptops", List.of("1 laptop, 14 inch")),
            new Category("smartphones", List.of("1 smartphone")),
            new Category("LED lamps", List.of("1 lamp, 800 lm")),
            new Category("cables", List.of("1 km cable")),
            new Category("printed circuit boards", List.of("1 m2 board")),
            new Category("solar modules", List.of("1 module, 400 Wp")),
            new Category("heat pumps", List.of("1 heat pump, 8 kW")),
            new Category("washing machines", List.of("1 washing machine")),
            new Category("refrigerators", List.of("1 refrigerator, 300 L")),
            new Category("bicycles", List.of("1 bicycle")),
            new Category("e-bike batteries", List.of("1 battery pack, 500 Wh")));

    private Catalog() {
    }

    /** A name-based id, as ids of names that are unique in a store would be. */
    static UUID nameUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
