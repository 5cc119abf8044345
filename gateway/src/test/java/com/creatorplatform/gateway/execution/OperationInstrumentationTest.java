package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OperationInstrumentationTest {

    /** Like SmallRye's query cache: acts at validation only. */
    static final class AtValidation extends SimpleInstrumentation {
        final AtomicInteger validations = new AtomicInteger();

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            validations.incrementAndGet();
            return null;
        }
    }

    /** Acts at every field. */
    static final class AtEveryField extends SimpleInstrumentation {
        final AtomicInteger fields = new AtomicInteger();

        @Override
        public InstrumentationContext<Object> beginFieldExecution(
                InstrumentationFieldParameters parameters, InstrumentationState state) {
            fields.incrementAndGet();
            return null;
        }
    }

    @Test
    void aChainOfOperationLevelMembersIsNotAskedAtFields() {
        var cache = new AtValidation();
        Instrumentation chosen =
                OperationInstrumentation.operationLevel(
                        new ChainedInstrumentation(
                                new MaxQueryComplexityInstrumentation(3),
                                new MaxQueryDepthInstrumentation(2),
                                cache));

        assertInstanceOf(OperationInstrumentation.OperationLevel.class, chosen);
        assertNull(chosen.beginFieldExecution(null, null));
        assertNull(chosen.beginFieldFetching(null, null));
        assertNull(chosen.beginFieldCompletion(null, null));
        assertNull(chosen.beginExecuteObject(null, null));
        DataFetcher<String> fetcher = env -> "x";
        assertSame(fetcher, chosen.instrumentDataFetcher(fetcher, null, null));

        var graphQL = graphQL(chosen);
        ExecutionResult shallow = graphQL.execute("{ a { name } }");
        assertEquals(List.of(), shallow.getErrors());
        assertEquals(Map.of("a", Map.of("name", "node")), shallow.getData());
        assertEquals(1, cache.validations.get(), "the operation-level hook still runs");

        ExecutionResult deep = graphQL.execute("{ a { child { name } } }");
        assertTrue(
                deep.getErrors().get(0).getMessage().contains("maximum query depth exceeded"),
                deep.getErrors().toString());
        ExecutionResult wide = graphQL.execute("{ a { name } b: a { name } }");
        assertTrue(
                wide.getErrors().get(0).getMessage().contains("maximum query complexity exceeded"),
                wide.getErrors().toString());
    }

    @Test
    void aChainWithAMemberActingAtFieldsStaysAsItIs() {
        var perField = new AtEveryField();
        var chain = new ChainedInstrumentation(new MaxQueryDepthInstrumentation(5), perField);

        Instrumentation chosen = OperationInstrumentation.operationLevel(chain);

        assertSame(chain, chosen);
        graphQL(chosen).execute("{ a { name child { name } } }");
        assertEquals(4, perField.fields.get());
    }

    private static GraphQL graphQL(Instrumentation instrumentation) {
        var types =
                new SchemaParser()
                        .parse("type Query { a: Node } type Node { name: String child: Node }");
        Map<String, Object> node = Map.of("name", "node");
        var wiring =
                RuntimeWiring.newRuntimeWiring()
                        .type("Query", t -> t.dataFetcher("a", env -> node))
                        .type("Node", t -> t.dataFetcher("child", env -> node))
                        .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(types, wiring))
                .instrumentation(instrumentation)
                .build();
    }
}
