package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

/**
 * Objects of plain properties completed in one go give the very answer graphql-java's own way
 * gives.
 */
class PlainObjectsTest {

    static final AtomicInteger LABEL_READS = new AtomicInteger();

    public enum Kind {
        BOOK,
        GAME
    }

    public record Item(String id, String label, int price, Kind kind, List<String> tags) {

        @Override
        public String label() {
            LABEL_READS.incrementAndGet();
            return label;
        }
    }

    public record Person(String name) {}

    public record Shop(String name, List<Item> items, Person owner) {}

    private static final String SCHEMA =
            """
            type Query { shop: Shop }
            type Shop { name: String items: [Item!]! owner: Person }
            type Item { id: ID! label: String price: Int! kind: Kind tags: [String] }
            type Person { name: String! friends: [Person!]! }
            enum Kind { BOOK GAME }""";

    private static final Shop SHOP =
            new Shop(
                    "Corner",
                    List.of(
                            new Item("i1", "Dune", 1200, Kind.BOOK, List.of("sf", "classic")),
                            new Item("i2", null, 4500, Kind.GAME, null)),
                    new Person("Ada"));

    @Test
    void theAnswerIsGraphqlJavasOwn_withAliasesFragmentsTypenamesAndConditions() {
        String query =
                """
                query($withTags: Boolean!) { shop { name
                  items { __typename id title: label ...money tags @include(if: $withTags) kind }
                  again: items { id } } }
                fragment money on Item { price }""";
        for (boolean withTags : List.of(true, false)) {
            LABEL_READS.set(0);
            var input =
                    ExecutionInput.newExecutionInput(query)
                            .variables(Map.of("withTags", withTags))
                            .build();
            ExecutionResult plain =
                    graphQL(new QueryExecution.Strategy(), SHOP, env -> List.of()).execute(input);
            assertEquals(2, LABEL_READS.get(), "each label read once: no object was given back");
            assertEquals(1, plansMade(input), "the shop, with its items, was completed in one go");
            ExecutionResult own =
                    execute(
                            new AsyncExecutionStrategy(),
                            SHOP,
                            query,
                            Map.of("withTags", withTags));

            assertEquals(List.of(), plain.getErrors());
            assertEquals(AnswerJson.of(own.getData()).toString(), plain.getData().toString());
            assertEquals(
                    withTags,
                    plain.getData().toString().contains("\"tags\":[\"sf\",\"classic\"]"),
                    plain.getData().toString());
        }
    }

    @Test
    void aNullWhereTheSchemaPromisesAValueIsReportedAsGraphqlJavaReportsIt() {
        var shop =
                new Shop(
                        "Corner",
                        List.of(new Item(null, "Dune", 1200, Kind.BOOK, List.of())),
                        new Person(null));
        String query = "{ shop { name items { id label } owner { name } } }";

        ExecutionResult plain = execute(new QueryExecution.Strategy(), shop, query, Map.of());
        ExecutionResult own = execute(new AsyncExecutionStrategy(), shop, query, Map.of());

        assertEquals(
                own.getErrors().stream()
                        .map(e -> e.getPath() + " " + e.getMessage())
                        .sorted()
                        .toList(),
                plain.getErrors().stream()
                        .map(e -> e.getPath() + " " + e.getMessage())
                        .sorted()
                        .toList());
        assertEquals(2, plain.getErrors().size());
        assertEquals(AnswerJson.of(own.getData()).toString(), plain.getData().toString());
    }

    @Test
    void batchedLoadsNextToPlainObjectsAreStillDispatched() throws Exception {
        // The items are completed in one go at the level where the owner's friends are loaded; the
        // friends' friends, a level further down, are loaded once graphql-java has counted every
        // object of the levels above as completed, the items included. Were the items not counted,
        // that second batch would never be dispatched and the request would never complete.
        var loads = new AtomicInteger();
        var registry = new DataLoaderRegistry();
        registry.register(
                "friends",
                DataLoaderFactory.newDataLoader(
                        (List<String> names) -> {
                            loads.incrementAndGet();
                            return CompletableFuture.completedFuture(
                                    names.stream()
                                            .map(name -> List.of(new Person(name + "'s friend")))
                                            .toList());
                        }));
        DataFetcher<?> friends =
                env -> env.getDataLoader("friends").load(((Person) env.getSource()).name());

        var input =
                ExecutionInput.newExecutionInput(
                                "{ shop { items { id price } owner { name friends { name friends { name } } } } }")
                        .dataLoaderRegistry(registry)
                        .build();
        ExecutionResult plain =
                graphQL(new QueryExecution.Strategy(), SHOP, friends)
                        .executeAsync(input)
                        .get(10, TimeUnit.SECONDS);

        assertEquals(
                2,
                plansMade(input),
                "the items and the friends' friends were completed in one go, not the owner or the friends");
        assertEquals(List.of(), plain.getErrors());
        assertEquals(
                "{\"shop\":{\"items\":[{\"id\":\"i1\",\"price\":1200},{\"id\":\"i2\",\"price\":4500}],"
                        + "\"owner\":{\"name\":\"Ada\",\"friends\":[{\"name\":\"Ada's friend\",\"friends\":[{\"name\":\"Ada's friend's friend\"}]}]}}}",
                plain.getData().toString());
        assertEquals(2, loads.get(), "one batch per level");
    }

    /**
     * The object plans made in the execution (as many as query fields answered by plain objects).
     */
    private static long plansMade(ExecutionInput input) {
        Map<?, Optional<?>> plans = input.getGraphQLContext().get(PlainObjects.PLANS);
        return plans.values().stream().filter(Optional::isPresent).count();
    }

    private static ExecutionResult execute(
            ExecutionStrategy strategy, Shop shop, String query, Map<String, Object> variables) {
        return graphQL(strategy, shop, env -> List.of())
                .execute(ExecutionInput.newExecutionInput(query).variables(variables));
    }

    private static GraphQL graphQL(ExecutionStrategy strategy, Shop shop, DataFetcher<?> friends) {
        var wiring =
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", t -> t.dataFetcher("shop", env -> shop))
                        .type(
                                "Shop",
                                t ->
                                        t.dataFetcher("name", plain(Shop.class, "name"))
                                                .dataFetcher("items", plain(Shop.class, "items"))
                                                .dataFetcher("owner", plain(Shop.class, "owner")))
                        .type(
                                "Item",
                                t ->
                                        t.dataFetcher("id", plain(Item.class, "id"))
                                                .dataFetcher("label", plain(Item.class, "label"))
                                                .dataFetcher("price", plain(Item.class, "price"))
                                                .dataFetcher("kind", plain(Item.class, "kind"))
                                                .dataFetcher("tags", plain(Item.class, "tags")))
                        .type(
                                "Person",
                                t ->
                                        t.dataFetcher("name", plain(Person.class, "name"))
                                                .dataFetcher("friends", friends))
                        .build();
        var schema =
                new SchemaGenerator()
                        .makeExecutableSchema(new SchemaParser().parse(SCHEMA), wiring);
        return GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(strategy)
                .instrumentation(
                        OperationInstrumentation.operationLevel(
                                new ChainedInstrumentation(new MaxQueryDepthInstrumentation(10))))
                .build();
    }

    /** The gateway's fetcher for a record's plain property. */
    private static PlainPropertyFetchers.AccessorFetcher plain(Class<?> owner, String accessor) {
        try {
            var handle =
                    MethodHandles.publicLookup()
                            .findVirtual(
                                    owner,
                                    accessor,
                                    MethodType.methodType(
                                            owner.getMethod(accessor).getReturnType()));
            return new PlainPropertyFetchers.AccessorFetcher(
                    handle.asType(MethodType.methodType(Object.class, Object.class)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
