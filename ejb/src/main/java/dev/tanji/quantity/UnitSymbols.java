package dev.tanji.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The spellings of each unit and the rules for matching them; see {@link Units} for what is accepted. */
final class UnitSymbols {

    private static final Map<String, List<String>> ALIASES = Map.ofEntries(
            Map.entry("kg", List.of("kg", "kilogram", "千克", "公斤")),
            Map.entry("g", List.of("g", "gram", "克")),
            Map.entry("t", List.of("t", "tonne", "吨")),
            Map.entry("MJ", List.of("MJ", "兆焦")),
            Map.entry("GJ", List.of("GJ", "吉焦")),
            Map.entry("kWh", List.of("kWh", "kW·h", "度", "千瓦时")),
            Map.entry("MWh", List.of("MWh", "MW·h", "兆瓦时")),
            Map.entry("mmBtu", List.of("mmBtu", "MMBtu", "MMBTU", "百万英热单位")),
            Map.entry("m³", List.of("m³", "m3", "Nm³", "Nm3", "立方米", "标准立方米", "标方")),
            Map.entry("L", List.of("L", "l", "litre", "litres", "liter", "liters", "升")),
            Map.entry("scf", List.of("scf")),
            Map.entry("m", List.of("m", "米")),
            Map.entry("km", List.of("km", "千米", "公里")),
            Map.entry("m²", List.of("m²", "m2", "平方米")),
            Map.entry("t·km", List.of("t·km", "tkm", "吨公里", "吨·公里")),
            Map.entry("kg·km", List.of("kg·km", "kgkm")),
            Map.entry("piece", List.of("piece", "pieces", "pc", "pcs", "unit", "units", "台", "套", "个", "件")),
            Map.entry("CNY", List.of("CNY", "RMB", "元")),
            Map.entry("USD", List.of("USD", "美元")),
            Map.entry("EUR", List.of("EUR", "欧元")));

    /** Lower-case initials that are SI prefixes, so never stand for the capital a spelling starts with. */
    private static final Map<Character, String> PREFIXES = Map.of('m', "milli", 'n', "nano");

    private final Map<String, UnitOfMeasure> exact = new HashMap<>();
    private final Map<String, List<String>> aliasesByLowerCase = new HashMap<>();
    private final String known;

    UnitSymbols(List<UnitOfMeasure> units) {
        for (UnitOfMeasure unit : units) {
            for (String alias : ALIASES.get(unit.symbol())) {
                exact.put(alias, unit);
                if (alias.length() > 1) {
                    List<String> same = aliasesByLowerCase.computeIfAbsent(lowerCase(alias), k -> new ArrayList<>());
                    if (!same.isEmpty() && exact.get(same.get(0)) != unit) {
                        throw new IllegalStateException("Spellings '" + same.get(0) + "' and '" + alias + "' collide");
                    }
                    same.add(alias);
                }
            }
        }
        known = units.stream().map(UnitOfMeasure::symbol).collect(Collectors.joining(", "));
    }

    UnitOfMeasure parse(String text) {
        if (text == null || text.isBlank()) {
            throw new UnknownUnitException(text, "No unit given; use one of: " + known);
        }
        String symbol = normalise(text);
        UnitOfMeasure unit = exact.get(symbol);
        if (unit != null) {
            return unit;
        }
        List<String> aliases = aliasesByLowerCase.get(lowerCase(symbol));
        if (aliases == null) {
            throw unknown(text, symbol);
        }
        char initial = symbol.charAt(0);
        if (PREFIXES.containsKey(initial) && aliases.stream().noneMatch(alias -> alias.charAt(0) == initial)) {
            throw new UnknownUnitException(text, "Unknown unit '" + text + "': a lower-case " + initial + " means "
                    + PREFIXES.get(initial) + "; write '" + aliases.get(0) + "' if that is what you meant");
        }
        return exact.get(aliases.get(0));
    }

    private UnknownUnitException unknown(String text, String symbol) {
        if (symbol.length() == 1 && exact.containsKey(lowerCase(symbol))) {
            return new UnknownUnitException(text, "Unknown unit '" + text
                    + "': one-letter symbols are case-sensitive; did you mean '" + lowerCase(symbol) + "'?");
        }
        return new UnknownUnitException(text, "Unknown unit '" + text + "'; use one of: " + known);
    }

    /** Superscripts to digits, and any product sign or space between factors to a middle dot. */
    private static String normalise(String text) {
        return text.strip()
                .replace('³', '3')
                .replace('²', '2')
                .replace("^", "")
                .replaceAll("\\s*[·⋅*×]\\s*", "·")
                .replaceAll("\\s+", "·");
    }

    private static String lowerCase(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
