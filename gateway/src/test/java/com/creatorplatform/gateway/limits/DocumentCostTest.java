package com.creatorplatform.gateway.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.GraphQLError;
import graphql.parser.Parser;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentCostTest {

    static final GraphQLSchema SCHEMA =
            new SchemaGenerator()
                    .makeExecutableSchema(
                            new SchemaParser()
                                    .parse(
                                            """
            type Query { campaigns: [Campaign] me: Creator }
            type Campaign { id: ID name: String creators: [Creator] }
            type Creator { id: ID name: String campaigns: [Campaign] }
            """),
                            RuntimeWiring.MOCKED_WIRING);

    /** The fields a resolver computes: the roots and the lists. */
    static final Set<FieldCoordinates> RESOLVED =
            Set.of(
                    FieldCoordinates.coordinates("Query", "campaigns"),
                    FieldCoordinates.coordinates("Query", "me"),
                    FieldCoordinates.coordinates("Campaign", "creators"),
                    FieldCoordinates.coordinates("Creator", "campaigns"));

    static DocumentCost cost(String document) {
        return DocumentCost.of(Parser.parse(document), SCHEMA, RESOLVED::contains);
    }

    @Test
    void fieldsDepthAndResolversOfAPlainDocument() {
        assertEquals(
                new DocumentCost(7, 3, 3),
                cost("{ campaigns { id creators { id name } } me { id } }"));
    }

    @Test
    void aFragmentCountsAtEverySpreadAndAnInlineFragmentOnItsType() {
        var cost =
                cost(
                        """
                { campaigns { ...C } me { campaigns { ...C } } }
                fragment C on Campaign { id creators { ... on Creator { name } } }""");
        assertEquals(new DocumentCost(9, 4, 5), cost);
    }

    @Test
    void fragmentsThatDoubleAtEveryLevelAreCountedWithoutExpandingThem() {
        var document = new StringBuilder("{ ...F60 } fragment F0 on Query { me { id } } ");
        for (int i = 1; i <= 60; i++) {
            document.append("fragment F")
                    .append(i)
                    .append(" on Query { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" } ");
        }
        var cost = cost(document.toString());
        assertEquals(2L << 60, cost.fields());
        assertEquals(2, cost.depth());
        assertEquals(1L << 60, cost.resolvers());

        document.append("fragment G on Query { ...F60 ...F60 ...F60 ...F60 } query Other { ...G }");
        assertEquals(
                Long.MAX_VALUE,
                cost(document.toString()).fields(),
                "saturates instead of overflowing");
    }

    @Test
    void aCycleOrAnUnknownFragmentOrFieldIsLeftToValidation() {
        assertEquals(
                new DocumentCost(2, 2, 1),
                cost(
                        "{ me { ...A } } fragment A on Creator { id ...B } fragment B on Creator { ...A }"));
        assertEquals(new DocumentCost(3, 3, 1), cost("{ me { ...Missing nope { deeper } } }"));
    }

    @Test
    void theLimitsNameTheFirstOneExceeded() {
        var limits = new DocumentLimits(10, 3, 2);
        assertTrue(limits.refusal(new DocumentCost(10, 3, 2)).isEmpty());
        GraphQLError fields = limits.refusal(new DocumentCost(11, 9, 9)).orElseThrow();
        assertEquals("LIMIT_EXCEEDED", fields.getExtensions().get("code"));
        assertEquals("fields", fields.getExtensions().get("limit"));
        assertEquals(11L, fields.getExtensions().get("value"));
        assertEquals(
                "depth",
                limits.refusal(new DocumentCost(10, 4, 9))
                        .orElseThrow()
                        .getExtensions()
                        .get("limit"));
        assertEquals(
                "resolvers",
                limits.refusal(new DocumentCost(10, 3, 3))
                        .orElseThrow()
                        .getExtensions()
                        .get("limit"));
    }
}
