package dev.tanji.footprint.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences {@link FactorResolver} explains a choice or a refusal with, in the regions' English names. */
record ResolutionText(RegionHierarchy regions, String factorName, Location location, Integer referenceYear) {

    private static final int MAX_LISTED = 5;

    String explicit(EmissionFactor factor) {
        return factorName.strip() + ": the line names factor " + factor.id() + " (" + describe(factor) + ") itself";
    }

    /** E.g. "electricity: no factor for Hubei or Central China 2022 in 'X'; took China 2021, the nearest ...". */
    String explanation(EmissionFactor factor, SelectionRule rule, int level, String setLabel,
                       List<String> setsWithoutMatch) {
        StringBuilder text = new StringBuilder(factorName.strip()).append(": ");
        if (!setsWithoutMatch.isEmpty()) {
            text.append("nothing acceptable in ").append(String.join(", ", setsWithoutMatch))
                    .append(", so the lower-priority set ").append(setLabel).append(" was used; ");
        }
        if (location.isUnknown()) {
            text.append("the facility's location is unknown, so only a factor without region fits; ");
        } else if (rule != SelectionRule.EXACT) {
            List<String> lineage = location.lineage();
            List<String> missed = lineage.subList(0, Math.min(Math.max(level, 1), lineage.size()));
            text.append("no factor for ").append(alternatives(missed)).append(yearSuffix()).append(" in ")
                    .append(setLabel).append("; ");
        }
        text.append("took ").append(describe(factor));
        if (rule == SelectionRule.EXACT) {
            text.append(" from ").append(setLabel);
        }
        return text.append(reason(factor, rule)).toString();
    }

    String ambiguous(String setLabel, List<EmissionFactor> tied) {
        return setLabel + " has " + tied.size() + " factors named '" + factorName.strip() + "' for "
                + describe(tied.get(0)) + " (ids " + tied.stream().map(EmissionFactor::id)
                .collect(Collectors.joining(", ")) + "); they tie, so none is chosen: remove the duplicate or "
                + "reference the factor by id";
    }

    String notFound(List<String> searchedSets, List<EmissionFactor> existing) {
        String sets = searchedSets.isEmpty() ? "any factor set" : String.join(", ", searchedSets);
        if (existing.isEmpty()) {
            return "No factor named '" + factorName.strip() + "' exists in " + sets
                    + "; check the name or import a factor set that has it";
        }
        Set<String> found = existing.stream().map(this::describe).collect(Collectors.toCollection(LinkedHashSet::new));
        String listed = found.stream().limit(MAX_LISTED).collect(Collectors.joining(", "))
                + (found.size() > MAX_LISTED ? " and " + (found.size() - MAX_LISTED) + " more" : "");
        return "No factor named '" + factorName.strip() + "' fits " + where() + yearLimit() + " in " + sets
                + ": only " + listed + (found.size() == 1 ? " exists" : " exist") + " under that name; reference the"
                + " factor by id to use it anyway, or add one for the facility's region and year";
    }

    private String reason(EmissionFactor factor, SelectionRule rule) {
        String region = factor.region() == null ? null : regions.displayName(factor.region());
        return switch (rule) {
            case EXACT -> factor.referenceYear() == null ? ", the facility's region"
                    : referenceYear == null ? ", the latest for the facility's region (the study has no reference year)"
                    : ", the facility's region and reference year";
            case NEAREST_EARLIER_YEAR -> ", the nearest earlier year";
            case WIDER_REGION -> region == null ? "" : ", the wider region";
            case WIDER_REGION_NEAREST_EARLIER_YEAR ->
                    ", the nearest earlier year" + (region == null ? "" : " in the wider region " + region);
            case EXPLICIT -> "";
        };
    }

    /** E.g. "China 2021", "undated China", "the factor without region for 2021". */
    private String describe(EmissionFactor factor) {
        Integer year = factor.referenceYear();
        if (factor.region() == null || factor.region().isBlank()) {
            return year == null ? "the undated factor without region" : "the factor without region for " + year;
        }
        String region = regions.displayName(factor.region());
        return year == null ? "undated " + region : region + " " + year;
    }

    private String where() {
        if (location.isUnknown()) {
            return "a facility of unknown location (only factors without region apply)";
        }
        List<String> lineage = location.lineage();
        return "a facility in " + regions.displayName(lineage.get(0))
                + (lineage.size() > 1 ? " (" + names(lineage.subList(1, lineage.size()), ", ") + ")" : "");
    }

    private String yearSuffix() {
        return referenceYear == null ? "" : " " + referenceYear;
    }

    private String yearLimit() {
        return referenceYear == null ? "" : " for " + referenceYear + " or earlier";
    }

    /** "Hubei", "Hubei or Central China", "Hubei, Central China, China or World". */
    private String alternatives(List<String> codes) {
        String last = regions.displayName(codes.get(codes.size() - 1));
        return codes.size() == 1 ? last : names(codes.subList(0, codes.size() - 1), ", ") + " or " + last;
    }

    private String names(List<String> codes, String separator) {
        return codes.stream().map(regions::displayName).collect(Collectors.joining(separator));
    }
}
