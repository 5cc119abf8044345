package com.creatorplatform.gateway.execution;

import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.language.Field;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Completes an object whose selected fields all read plain properties ({@link
 * PlainPropertyFetchers}), down to its leaves, without graphql-java's machinery per field (a step
 * info, parameters, a fetched value and a completion record for each). On the dashboard these are
 * most of the answer's 40,000 fields: each post's and creator's figures, money amounts, ids and
 * names.
 *
 * <p>What the selection asks for is worked out once per query field and object type in an
 * execution, not for each of the thousands of objects that answer it. Anything unusual (a null
 * where the schema promises a value, a property that throws, a scalar that will not serialise)
 * gives the object back to graphql-java, which reads it again and reports it as always: reading a
 * plain property has no effect.
 */
final class PlainObjects {

    private static final MergedSelectionSet NO_FIELDS =
            MergedSelectionSet.newMergedSelectionSet().build();

    /** Where an execution's plans are kept in its GraphQLContext. */
    static final Object PLANS = new Object();

    private final FieldCollector collector = new FieldCollector();

    /** The object's answer, or null when graphql-java is to complete it. */
    Map<String, Object> answer(
            ExecutionContext context,
            ExecutionStrategyParameters parameters,
            GraphQLObjectType type,
            Object source) {
        if (context.hasIncrementalSupport()
                || !(context.getInstrumentation()
                        instanceof OperationInstrumentation.OperationLevel)) {
            return null; // deferred parts and per-field instrumentation need graphql-java's way
        }
        ObjectPlan plan = planOf(context, parameters.getField(), type);
        if (plan == null) {
            return null;
        }
        Map<String, Object> answer;
        try {
            answer = plan.answer(source, context);
        } catch (GiveBack unusual) {
            return null;
        }
        // graphql-java dispatches batched loads level by level, once it has counted every object
        // above
        // as completed; this one counts as completed with no fields left to fetch (uncounted, loads
        // further down would wait forever).
        var dispatch = context.getDataLoaderDispatcherStrategy();
        var completed = parameters.transform(builder -> builder.fields(NO_FIELDS).source(source));
        dispatch.executeObject(context, completed);
        dispatch.executeObjectOnFieldValuesInfo(List.of(), completed);
        return answer;
    }

    private ObjectPlan planOf(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        Map<PlanKey, Optional<ObjectPlan>> plans =
                context.getGraphQLContext()
                        .computeIfAbsent(PLANS, key -> new ConcurrentHashMap<>());
        var key = new PlanKey(field.getSingleField(), type);
        Optional<ObjectPlan> plan = plans.get(key);
        if (plan == null) {
            plan = Optional.ofNullable(plan(context, field, type));
            plans.put(key, plan);
        }
        return plan.orElse(null);
    }

    /** The plan for the object's selection, or null when a field is not a plain property. */
    private ObjectPlan plan(ExecutionContext context, MergedField field, GraphQLObjectType type) {
        var parameters =
                FieldCollectorParameters.newParameters()
                        .schema(context.getGraphQLSchema())
                        .objectType(type)
                        .fragments(context.getFragmentsByName())
                        .variables(context.getCoercedVariables().toMap())
                        .graphQLContext(context.getGraphQLContext())
                        .build();
        MergedSelectionSet selection = collector.collectFields(parameters, field, false);
        var fields = new ArrayList<FieldPlan>(selection.size());
        for (Map.Entry<String, MergedField> selected : selection.getSubFields().entrySet()) {
            String name = selected.getValue().getName();
            if (name.equals("__typename")) {
                fields.add(new FieldPlan(selected.getKey(), null, new Constant(type.getName())));
                continue;
            }
            GraphQLFieldDefinition definition = type.getField(name);
            if (definition == null) {
                return null;
            }
            DataFetcher<?> fetcher =
                    context.getGraphQLSchema()
                            .getCodeRegistry()
                            .getDataFetcher(
                                    FieldCoordinates.coordinates(type, definition), definition);
            if (!(fetcher instanceof PlainPropertyFetchers.AccessorFetcher accessor)) {
                return null;
            }
            Completion completion = completion(context, selected.getValue(), definition.getType());
            if (completion == null) {
                return null;
            }
            fields.add(new FieldPlan(selected.getKey(), accessor, completion));
        }
        return new ObjectPlan(fields);
    }

    private Completion completion(
            ExecutionContext context, MergedField field, GraphQLOutputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            Completion inner =
                    completion(context, field, (GraphQLOutputType) nonNull.getWrappedType());
            return inner == null ? null : new Required(inner);
        }
        if (type instanceof GraphQLList list) {
            Completion inner =
                    completion(context, field, (GraphQLOutputType) list.getWrappedType());
            return inner == null ? null : new Items(inner);
        }
        if (type instanceof GraphQLScalarType scalar) {
            return new Leaf(scalar, null);
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return new Leaf(null, enumeration);
        }
        if (type instanceof GraphQLObjectType object) {
            return plan(context, field, object);
        }
        return null; // interfaces and unions choose their type per object
    }

    /**
     * An object given back to graphql-java; thrown without a stack trace, as it is not a failure.
     */
    private static final class GiveBack extends RuntimeException {

        static final GiveBack INSTANCE = new GiveBack();

        private GiveBack() {
            super(null, null, false, false);
        }
    }

    /** The AST field identifies the query field; equal only as the same instance. */
    private record PlanKey(Field field, GraphQLObjectType type) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PlanKey key && key.field == field && key.type == type;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(field) * 31 + System.identityHashCode(type);
        }
    }

    private interface Completion {

        /** The value as the answer carries it. */
        Object complete(Object value, ExecutionContext context);
    }

    private record FieldPlan(
            String key, PlainPropertyFetchers.AccessorFetcher accessor, Completion completion) {}

    private record ObjectPlan(List<FieldPlan> fields) implements Completion {

        @Override
        public Object complete(Object value, ExecutionContext context) {
            return value == null ? null : answer(value, context);
        }

        Map<String, Object> answer(Object source, ExecutionContext context) {
            var answer = new LinkedHashMap<String, Object>(fields.size() * 2);
            for (FieldPlan field : fields) {
                Object value;
                try {
                    value = field.accessor() == null ? null : field.accessor().read(source);
                } catch (Exception failed) {
                    throw GiveBack.INSTANCE;
                }
                answer.put(field.key(), field.completion().complete(value, context));
            }
            return answer;
        }
    }

    private record Constant(Object answer) implements Completion {

        @Override
        public Object complete(Object value, ExecutionContext context) {
            return answer;
        }
    }

    private record Required(Completion inner) implements Completion {

        @Override
        public Object complete(Object value, ExecutionContext context) {
            Object completed = value == null ? null : inner.complete(value, context);
            if (completed == null) {
                throw GiveBack.INSTANCE;
            }
            return completed;
        }
    }

    private record Items(Completion item) implements Completion {

        @Override
        public Object complete(Object value, ExecutionContext context) {
            if (value == null) {
                return null;
            }
            if (!(value instanceof Iterable<?> items)) {
                throw GiveBack.INSTANCE;
            }
            var answer = new ArrayList<>(items instanceof List<?> list ? list.size() : 10);
            for (Object each : items) {
                answer.add(item.complete(each, context));
            }
            return answer;
        }
    }

    /**
     * A scalar's or an enumeration's value, serialised as graphql-java serialises it (one of the
     * two types is null).
     */
    private record Leaf(GraphQLScalarType scalar, GraphQLEnumType enumeration)
            implements Completion {

        @Override
        public Object complete(Object value, ExecutionContext context) {
            if (value == null) {
                return null;
            }
            Object serialized;
            try {
                serialized =
                        scalar != null
                                ? scalar.getCoercing()
                                        .serialize(
                                                value,
                                                context.getGraphQLContext(),
                                                context.getLocale())
                                : enumeration.serialize(
                                        value, context.getGraphQLContext(), context.getLocale());
            } catch (CoercingSerializeException | IllegalArgumentException notSerialisable) {
                throw GiveBack.INSTANCE;
            }
            if (serialized == null || serialized instanceof Double number && number.isNaN()) {
                throw GiveBack.INSTANCE;
            }
            return serialized;
        }
    }
}
