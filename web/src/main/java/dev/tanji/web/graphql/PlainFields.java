package dev.tanji.web.graphql;

import graphql.GraphQLContext;
import graphql.TrivialDataFetcher;
import graphql.execution.ExecutionContext;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.introspection.Introspection;
import graphql.schema.CoercingSerializeException;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Which fields of an object type are plain, and how to complete an object whose selected fields all are.
 *
 * <p>A field is plain when SmallRye GraphQL would pass its value through untouched: its data fetcher is trivial (a
 * property read), it takes no argument, its type is a scalar or an enum, and it reads a record component of a type
 * SmallRye neither formats nor adapts ({@code String}, {@code BigDecimal}, {@code int}, {@code boolean}, their boxes,
 * an enum) that carries no annotation but {@code @Id} (on a {@code String}), {@code @Description} and {@code @NonNull}.
 * Anything else (a date, a format or adapter annotation, a renamed component, a resolver method) is not plain.
 */
final class PlainFields {

    private static final Set<Class<?>> PLAIN_TYPES = Set.of(String.class, BigDecimal.class, int.class, Integer.class,
            boolean.class, Boolean.class);
    /** A value of each plain type, as its record component or its box holds it, for {@link #unchangedBy}. */
    private static final Map<Class<?>, Object> SAMPLES = Map.of(String.class, "plain",
            BigDecimal.class, new BigDecimal("1.5"), int.class, 1_000_000, Integer.class, 1_000_000,
            boolean.class, Boolean.TRUE, Boolean.class, Boolean.TRUE);
    private static final Set<Class<? extends Annotation>> DESCRIPTIVE = Set.of(Id.class, Description.class,
            NonNull.class);

    /** Readers of plain fields by type, field and source class; empty for a field that is not plain. */
    private final Map<FieldKey, Optional<Reader>> readers = new ConcurrentHashMap<>();

    /**
     * How to complete the plain fields of {@code source} objects of {@code type} with {@code selected}: a reader for
     * each result key, {@code null} for a field that is not plain.
     */
    Plan plan(ExecutionContext context, GraphQLObjectType type, Class<?> source, MergedSelectionSet selected) {
        List<String> keys = new ArrayList<>(selected.size());
        List<Reader> fields = new ArrayList<>(selected.size());
        for (Map.Entry<String, MergedField> entry : selected.getSubFields().entrySet()) {
            keys.add(entry.getKey());
            fields.add(reader(context, type, source, entry.getValue()).orElse(null));
        }
        return new Plan(keys, fields);
    }

    private Optional<Reader> reader(ExecutionContext context, GraphQLObjectType type, Class<?> source,
            MergedField field) {
        String name = field.getName();
        if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
            String typeName = type.getName();
            return Optional.of((object, ignored) -> typeName);
        }
        if (!field.getArguments().isEmpty()) {
            return Optional.empty();
        }
        return readers.computeIfAbsent(new FieldKey(type.getName(), name, source), key -> {
            GraphQLCodeRegistry code = context.getGraphQLSchema().getCodeRegistry();
            GraphQLFieldDefinition definition = code.getFieldVisibility().getFieldDefinition(type, name);
            if (definition == null || !definition.getArguments().isEmpty()
                    || !(code.getDataFetcher(FieldCoordinates.coordinates(type, definition), definition)
                    instanceof TrivialDataFetcher<?>)) {
                return Optional.empty();
            }
            return accessor(source, name).flatMap(accessor -> reader(accessor, definition.getType()));
        });
    }

    private static Optional<Reader> reader(MethodHandle accessor, GraphQLType fieldType) {
        boolean nonNull = GraphQLTypeUtil.isNonNull(fieldType);
        GraphQLType type = GraphQLTypeUtil.unwrapNonNull(fieldType);
        Coercion coercion;
        if (type instanceof GraphQLScalarType scalar) {
            Class<?> unchanged = unchangedBy(scalar, accessor.type().returnType());
            coercion = (value, context) -> value.getClass() == unchanged ? value
                    : scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale());
        } else if (type instanceof GraphQLEnumType enumType && accessor.type().returnType().isEnum()) {
            // graphql-java finds a value's name by walking the type's values, twice for a Java enum: remember them
            Object[] names = new Object[accessor.type().returnType().getEnumConstants().length];
            coercion = (value, context) -> {
                int ordinal = ((Enum<?>) value).ordinal();
                Object name = names[ordinal];
                if (name == null) {
                    name = enumType.serialize(value, context.getGraphQLContext(), context.getLocale());
                    names[ordinal] = name;
                }
                return name;
            };
        } else {
            return Optional.empty();
        }
        return Optional.of((object, context) -> {
            Object value = read(accessor, object);
            if (value == null) {
                return nonNull ? Plan.INCOMPLETE : null;
            }
            try {
                Object serialized = coercion.serialize(value, context);
                return serialized == null ? Plan.INCOMPLETE : serialized;
            } catch (CoercingSerializeException e) {
                return Plan.INCOMPLETE;
            }
        });
    }

    /**
     * The class whose values {@code scalar} serializes as themselves, among a component's {@code type} and its box,
     * or {@code null}: graphql-java's {@code String}, {@code Int} and {@code Boolean} and SmallRye's
     * {@code BigDecimal} return a value of their own Java type untouched, yet cost a type test (and for SmallRye's
     * numbers a walk over the classes they accept) per value. Asked of the scalar with a sample value, not assumed
     * from its name: a scalar that changes the sample keeps being called for every value.
     */
    static Class<?> unchangedBy(GraphQLScalarType scalar, Class<?> type) {
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            return null;
        }
        try {
            Object serialized = scalar.getCoercing().serialize(sample, GraphQLContext.getDefault(), Locale.ROOT);
            return serialized == sample ? sample.getClass() : null;
        } catch (CoercingSerializeException e) {
            return null;
        }
    }

    /** The accessor of the plain record component {@code name} of {@code source}. */
    static Optional<MethodHandle> accessor(Class<?> source, String name) {
        if (!source.isRecord()) {
            return Optional.empty();
        }
        for (RecordComponent component : source.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return isPlain(component) ? unreflect(component) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Annotations on a record component reach its field, its accessor, or both, as their targets say: all count. */
    private static boolean isPlain(RecordComponent component) {
        Class<?> type = component.getType();
        List<AnnotatedElement> annotated = List.of(component, component.getAccessor(), field(component));
        return (PLAIN_TYPES.contains(type) || type.isEnum()) && annotated.stream().allMatch(PlainFields::isDescriptive)
                && (type == String.class || annotated.stream().noneMatch(e -> e.isAnnotationPresent(Id.class)));
    }

    private static Field field(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("A record without the field of its component " + component, e);
        }
    }

    private static boolean isDescriptive(AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (!DESCRIPTIVE.contains(annotation.annotationType())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<MethodHandle> unreflect(RecordComponent component) {
        try {
            return Optional.of(MethodHandles.publicLookup().unreflect(component.getAccessor()));
        } catch (IllegalAccessException e) {
            return Optional.empty();
        }
    }

    private static Object read(MethodHandle accessor, Object object) {
        try {
            return accessor.invoke(object);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** The selected fields' result keys, in order, and how to read each plain one ({@code null} for the others). */
    static final class Plan {

        /** What a reader answers when the value cannot be completed here. */
        static final Object INCOMPLETE = new Object();

        private final List<String> keys;
        private final List<Reader> fields;
        private final String[] sharedKeys;
        private final Reader[] readers;
        private final boolean allPlain;
        private final boolean anyPlain;

        Plan(List<String> keys, List<Reader> fields) {
            this.keys = List.copyOf(keys);
            this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
            this.sharedKeys = keys.toArray(String[]::new);
            this.readers = fields.toArray(Reader[]::new);
            this.allPlain = !fields.contains(null);
            this.anyPlain = fields.stream().anyMatch(Objects::nonNull);
        }

        List<String> keys() {
            return keys;
        }

        List<Reader> fields() {
            return fields;
        }

        boolean allPlain() {
            return allPlain;
        }

        boolean anyPlain() {
            return anyPlain;
        }

        /**
         * The plain fields of {@code source} as a result object, in the order of the selection, with {@code null} in
         * place of the others; {@code null} if a plain field cannot be completed here.
         */
        PlainObject complete(Object source, ExecutionContext context) {
            PlainObject object = new PlainObject(sharedKeys);
            for (int i = 0; i < readers.length; i++) {
                Reader field = readers[i];
                Object value = field == null ? null : field.read(source, context);
                if (value == INCOMPLETE) {
                    return null;
                }
                object.set(i, value);
            }
            return object;
        }
    }

    /** A plain field's completed value of a source object, or {@link Plan#INCOMPLETE}. */
    @FunctionalInterface
    interface Reader {
        Object read(Object source, ExecutionContext context);
    }

    @FunctionalInterface
    private interface Coercion {
        Object serialize(Object value, ExecutionContext context);
    }

    private record FieldKey(String type, String field, Class<?> source) {
    }
}
