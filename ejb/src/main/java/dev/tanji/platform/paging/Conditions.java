package dev.tanji.platform.paging;

import dev.tanji.platform.Validation;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The WHERE clause of a list query, built from the filters a client gave: each condition with its named parameters.
 * A filter left out ({@code null}) selects everything.
 */
public final class Conditions {

    /** A search term longer than this is not a search. */
    public static final int MAX_SEARCH_LENGTH = 200;

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds {@code clause}, which uses {@code :parameter}, if {@code value} is given. */
    public Conditions add(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds {@code clause} with the parameters it uses. */
    public Conditions add(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /**
     * Adds a case-insensitive search: rows where any of {@code paths} contains {@code term}. {@code %} and {@code _}
     * in the term match themselves. A blank term selects everything.
     */
    public Conditions search(String term, String... paths) {
        String text = Validation.optionalText("search", term, MAX_SEARCH_LENGTH);
        if (text == null) {
            return this;
        }
        String pattern = "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
        return add(Arrays.stream(paths).map(path -> "lower(" + path + ") like :search escape '!'")
                .collect(Collectors.joining(" or ", "(", ")")), "search", pattern);
    }

    Conditions copy() {
        Conditions copy = new Conditions();
        copy.clauses.addAll(clauses);
        copy.parameters.putAll(parameters);
        return copy;
    }

    /** {@code " where a and b"}, or nothing. */
    String jpql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
