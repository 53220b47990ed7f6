package dev.tanji.footprint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A geography a factor can represent or a facility can be in (ISO 14067:2018 6.3.5, geographical coverage).
 *
 * @param code stable identifier: {@code "WORLD"}, an ISO 3166-1 country ({@code "CN"}), a grid region
 *     ({@code "CN-GRID-NORTH"}) or an ISO 3166-2 subdivision ({@code "CN-TJ"})
 * @param nameEn the English name, e.g. {@code "Tianjin"}
 * @param nameZh the Chinese name, e.g. {@code "天津"}; {@code null} if none is recorded
 * @param parentCode the code of the region this one lies in; {@code null} only for the root (WORLD)
 * @param aliases other spellings that name this region ({@code "天津市"}, {@code "North China grid"})
 */
public record Region(String code, String nameEn, String nameZh, RegionKind kind, String parentCode,
                     List<String> aliases) {

    public Region {
        code = required(code, "code");
        nameEn = required(nameEn, "nameEn");
        Objects.requireNonNull(kind, "kind");
        nameZh = blankToNull(nameZh);
        parentCode = blankToNull(parentCode);
        aliases = aliases == null ? List.of()
                : aliases.stream().map(Region::blankToNull).filter(Objects::nonNull).toList();
    }

    /** Every text that names this region: its code, names and aliases. */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of(code, nameEn));
        if (nameZh != null) {
            names.add(nameZh);
        }
        names.addAll(aliases);
        return List.copyOf(names);
    }

    private static String required(String text, String what) {
        String stripped = blankToNull(text);
        if (stripped == null) {
            throw new IllegalArgumentException("A region needs a " + what);
        }
        return stripped;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
