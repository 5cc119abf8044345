package com.creatorplatform.gateway.limits;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a document would cost to run, counted from its text before anything else looks at it: the
 * fields it selects with every fragment spread expanded where it is used, its deepest field, and
 * how many of them a resolver computes. Each fragment is counted once and its totals reused at each
 * spread, so a document of fragments that double at every level is counted in time linear in its
 * length, while its totals grow as its expansion would (and saturate instead of overflowing). A
 * spread of a fragment that spreads itself counts nothing more: validation refuses the cycle.
 */
public record DocumentCost(long fields, long depth, long resolvers) {

    static final DocumentCost NOTHING = new DocumentCost(0, 0, 0);

    /** The cost of every operation in the document (validation reads them all, whichever runs). */
    public static DocumentCost of(
            Document document, GraphQLSchema schema, Predicate<FieldCoordinates> resolved) {
        var counter = new Counter(document, schema, resolved);
        DocumentCost total = NOTHING;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                total =
                        total.plus(
                                counter.count(
                                        operation.getSelectionSet(),
                                        rootType(schema, operation.getOperation())));
            }
        }
        return total;
    }

    private static GraphQLType rootType(
            GraphQLSchema schema, OperationDefinition.Operation operation) {
        return switch (operation) {
            case QUERY -> schema.getQueryType();
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    }

    /** Both costs side by side: fields and calls add up, the depth is the deeper one. */
    DocumentCost plus(DocumentCost other) {
        return new DocumentCost(
                add(fields, other.fields),
                Math.max(depth, other.depth),
                add(resolvers, other.resolvers));
    }

    /** One field over what it selects. */
    DocumentCost under(boolean resolved) {
        return new DocumentCost(add(fields, 1), add(depth, 1), add(resolvers, resolved ? 1 : 0));
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static final class Counter {
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, DocumentCost> counted = new HashMap<>();
        private final Set<String> counting = new HashSet<>();
        private final GraphQLSchema schema;
        private final Predicate<FieldCoordinates> resolved;

        Counter(Document document, GraphQLSchema schema, Predicate<FieldCoordinates> resolved) {
            this.schema = schema;
            this.resolved = resolved;
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof FragmentDefinition fragment) {
                    fragments.putIfAbsent(fragment.getName(), fragment);
                }
            }
        }

        /**
         * The selections' cost on the given type (null when the document names a type the schema
         * lacks).
         */
        DocumentCost count(SelectionSet selections, GraphQLType type) {
            DocumentCost total = NOTHING;
            if (selections == null) {
                return total;
            }
            for (Selection<?> selection : selections.getSelections()) {
                total = total.plus(selection(selection, type));
            }
            return total;
        }

        private DocumentCost selection(Selection<?> selection, GraphQLType type) {
            if (selection instanceof Field field) {
                return field(field, type);
            }
            if (selection instanceof InlineFragment inline) {
                return count(
                        inline.getSelectionSet(),
                        inline.getTypeCondition() == null
                                ? type
                                : schema.getType(inline.getTypeCondition().getName()));
            }
            return selection instanceof FragmentSpread spread
                    ? fragment(spread.getName())
                    : NOTHING;
        }

        private DocumentCost field(Field field, GraphQLType parent) {
            GraphQLFieldDefinition definition =
                    parent instanceof GraphQLFieldsContainer container
                            ? container.getFieldDefinition(field.getName())
                            : null;
            if (definition == null) {
                return count(field.getSelectionSet(), null).under(false);
            }
            boolean call =
                    resolved.test(
                            FieldCoordinates.coordinates(
                                    (GraphQLFieldsContainer) parent, definition));
            return count(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()))
                    .under(call);
        }

        private DocumentCost fragment(String name) {
            DocumentCost known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !counting.add(name)) {
                return NOTHING; // an unknown fragment or a cycle: validation names either
            }
            DocumentCost cost =
                    count(
                            fragment.getSelectionSet(),
                            schema.getType(fragment.getTypeCondition().getName()));
            counting.remove(name);
            counted.put(name, cost);
            return cost;
        }
    }
}
