package dev.tanji.web.graphql;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.language.Field;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * graphql-java's query execution, with plain fields read straight from their records. A plain field
 * ({@link PlainFields}) reads a record component holding a scalar or an enum, as SmallRye GraphQL's own data fetcher
 * would, but without a data fetcher, instrumentation and an execution step of its own:
 * <ul>
 * <li>a list of records of one class whose selected fields all are plain (or {@code __typename}) is completed in one
 * pass, each element straight into its result map: the stages of a page of runs;</li>
 * <li>any other object has its plain fields read so, and only the others resolved by graphql-java: a run's
 * {@code id} and {@code productName} are read, its {@code lines} resolved in a batch as before.</li>
 * </ul>
 * A field whose values the resolver of the enclosing list has already read ({@link PreloadedFields}) counts as plain
 * when those values are lists of plain records: a page of runs with their stages is then completed in one pass.
 *
 * <p>Fields are collected as graphql-java collects them (fragments, {@code @skip}, {@code @include}, aliases), once
 * per field of a request, and results keep the selection's order; values are coerced by the field's own scalar or
 * enum type. A value this cannot complete (null where the schema says non-null, a value its type refuses) sends the
 * list or object through graphql-java's own completion, which reports it as it always did. Nothing here calls a
 * service, so roles and company scope stay with the resolvers that produced the records.
 */
public class PlainListExecution extends AsyncExecutionStrategy {

    /** The request's plans for lists and for objects, in its {@code GraphQLContext}: they depend on its variables. */
    private static final Object LIST_PLANS = PlainListExecution.class.getName() + ".lists";
    private static final Object OBJECT_PLANS = PlainListExecution.class.getName() + ".objects";

    private final PlainFields plainFields = new PlainFields();

    public PlainListExecution(DataFetcherExceptionHandler exceptionHandler) {
        super(exceptionHandler);
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
            ExecutionStrategyParameters parameters) {
        PreloadedFields.accept(context.getGraphQLContext());
        return super.execute(context, parameters);
    }

    @Override
    protected FieldValueInfo completeValueForList(ExecutionContext context, ExecutionStrategyParameters parameters,
            Iterable<Object> values) {
        List<Object> completed = plainList(context, parameters.getExecutionStepInfo().getUnwrappedNonNullType(),
                parameters.getField(), values);
        return completed == null ? super.completeValueForList(context, parameters, values)
                : new FieldValueInfo(FieldValueInfo.CompleteValueType.LIST, completed, List.of());
    }

    @Override
    protected Object executeObject(ExecutionContext context, ExecutionStrategyParameters parameters) {
        Object source = parameters.getSource();
        if (source == null || !(parameters.getExecutionStepInfo().getUnwrappedNonNullType()
                instanceof GraphQLObjectType type)) {
            return super.executeObject(context, parameters);
        }
        PlainFields.Plan plan = plan(context, OBJECT_PLANS, parameters.getField(), type, source.getClass(),
                parameters::getFields);
        Map<String, Object> plain = plan.anyPlain() ? plan.complete(source, context) : null;
        if (plain == null) {
            return super.executeObject(context, parameters);
        }
        MergedSelectionSet selected = parameters.getFields();
        Map<String, MergedField> others = new LinkedHashMap<>();
        for (int i = 0; i < plan.keys().size(); i++) {
            if (plan.fields().get(i) == null) {
                others.put(plan.keys().get(i), selected.getSubField(plan.keys().get(i)));
            }
        }
        Object resolved = super.executeObject(context, parameters.transform(builder -> builder
                .fields(MergedSelectionSet.newMergedSelectionSet().subFields(others).build())));
        if (resolved instanceof CompletableFuture<?> future) {
            return future.thenApply(values -> merge(plain, values));
        }
        return merge(plain, resolved);
    }

    /** The plain values with the resolved ones in their places; {@code null} if graphql-java nulled the object. */
    private static Map<String, Object> merge(Map<String, Object> plain, Object resolved) {
        if (resolved == null) {
            return null;
        }
        Map<?, ?> values = (Map<?, ?>) resolved;
        values.forEach((key, value) -> plain.put((String) key, value));
        return plain;
    }

    /**
     * The list {@code values} of {@code field}, of type {@code listType}, completed in one pass, or {@code null} if it
     * is not a list of plain objects.
     */
    private List<Object> plainList(ExecutionContext context, GraphQLType listType, MergedField field,
            Iterable<?> values) {
        if (!(listType instanceof GraphQLList list)
                || !(GraphQLTypeUtil.unwrapNonNull(list.getWrappedType()) instanceof GraphQLObjectType type)) {
            return null;
        }
        List<Object> completed = values instanceof List<?> known ? new ArrayList<>(known.size()) : new ArrayList<>();
        PlainFields.Plan plan = null;
        for (Object value : values) {
            if (value == null) {
                return null;
            }
            if (plan == null) {
                plan = plan(context, LIST_PLANS, field, type, value.getClass(), () -> collect(context, field, type));
                if (!plan.allPlain()) {
                    return null;
                }
            }
            Map<String, Object> object = plan.complete(value, context);
            if (object == null) {
                return null;
            }
            completed.add(object);
        }
        return completed;
    }

    private MergedSelectionSet collect(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        return fieldCollector.collectFields(FieldCollectorParameters.newParameters()
                .schema(context.getGraphQLSchema())
                .objectType(type)
                .fragments(context.getFragmentsByName())
                .variables(context.getCoercedVariables().toMap())
                .graphQLContext(context.getGraphQLContext())
                .build(), field);
    }

    private PlainFields.Plan plan(ExecutionContext context, Object kind, MergedField field, GraphQLObjectType type,
            Class<?> source, Supplier<MergedSelectionSet> selected) {
        Map<PlanKey, PlainFields.Plan> plans = context.getGraphQLContext()
                .computeIfAbsent(kind, key -> new ConcurrentHashMap<PlanKey, PlainFields.Plan>());
        return plans.computeIfAbsent(new PlanKey(field.getFields(), type, source), key -> {
            MergedSelectionSet fields = selected.get();
            return preloaded(context, type, fields, plainFields.plan(context, type, source, fields));
        });
    }

    /** {@code plan} with a reader for each field that is not plain but whose values are preloaded. */
    private PlainFields.Plan preloaded(ExecutionContext context, GraphQLObjectType type, MergedSelectionSet selected,
            PlainFields.Plan plan) {
        List<PlainFields.Reader> fields = new ArrayList<>(plan.fields());
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == null) {
                fields.set(i, preloaded(context, type, selected.getSubField(plan.keys().get(i))));
            }
        }
        return new PlainFields.Plan(plan.keys(), fields);
    }

    /**
     * A reader completing the preloaded values of {@code field} as plain lists, or {@code null} if none are
     * preloaded. An object without a preloaded value, or whose value is not a list of plain objects, is
     * {@link PlainFields.Plan#INCOMPLETE}: graphql-java then resolves the field by its data fetcher.
     */
    private PlainFields.Reader preloaded(ExecutionContext context, GraphQLObjectType type, MergedField field) {
        Map<Object, Object> values = PreloadedFields.values(context.getGraphQLContext(), type.getName(),
                field.getName());
        GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
        if (values == null || definition == null || !field.getArguments().isEmpty()) {
            return null;
        }
        GraphQLType listType = GraphQLTypeUtil.unwrapNonNull(definition.getType());
        return (source, current) -> {
            List<Object> completed = values.get(source) instanceof Iterable<?> list
                    ? plainList(current, listType, field, list) : null;
            return completed == null ? PlainFields.Plan.INCOMPLETE : completed;
        };
    }

    /**
     * The field whose value is the list or object, as written in the query (its syntax nodes: the same for every
     * element of an enclosing list), the object type and the records' class.
     */
    private record PlanKey(List<Field> fields, GraphQLObjectType type, Class<?> source) {
    }
}
