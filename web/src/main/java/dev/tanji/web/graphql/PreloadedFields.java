package dev.tanji.web.graphql;

import graphql.GraphQLContext;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a field already read by the resolver of its objects' list, so that they need no data fetcher of their
 * own: the page of runs reads its runs' stages right after the runs, and {@link PlainListExecution} then completes
 * each run's stages from here, without a batch loader, a future and a selection set per run. Kept in the request's
 * {@code GraphQLContext}; objects are told apart by identity, as the list holds them.
 *
 * <p>Only worth reading when {@link #accepted} says the request's execution strategy completes such values; a field
 * it cannot complete from here is resolved by its data fetcher, as if nothing had been read.
 */
public final class PreloadedFields {

    private static final Object ACCEPTED = PreloadedFields.class.getName() + ".accepted";

    private PreloadedFields() {
    }

    /** Whether the request is executed by a strategy that completes preloaded values. */
    public static boolean accepted(GraphQLContext context) {
        return context.getBoolean(ACCEPTED, false);
    }

    /** Has {@link #accepted} answer true for the request: called by the strategy. */
    static void accept(GraphQLContext context) {
        context.put(ACCEPTED, true);
    }

    /**
     * Records {@code values}, in the order of {@code objects}, as the values of {@code field} of the object type
     * {@code type} for those objects; any other object is resolved by the field's data fetcher.
     */
    public static void put(GraphQLContext context, String type, String field, List<?> objects, List<?> values) {
        if (objects.size() != values.size()) {
            throw new IllegalArgumentException(objects.size() + " objects but " + values.size() + " values");
        }
        context.compute(new Key(type, field), (key, recorded) -> {
            Map<Object, Object> byObject = recorded == null ? new IdentityHashMap<>(objects.size() * 2)
                    : new IdentityHashMap<>((Map<?, ?>) recorded);
            for (int i = 0; i < objects.size(); i++) {
                byObject.put(objects.get(i), values.get(i));
            }
            return byObject;
        });
    }

    /** The values recorded for {@code field} of {@code type}, by object, or {@code null} if none were. */
    static Map<Object, Object> values(GraphQLContext context, String type, String field) {
        return context.get(new Key(type, field));
    }

    private record Key(String type, String field) {
    }
}
