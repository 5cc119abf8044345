package com.creatorplatform.gateway.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import graphql.Scalars;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import java.math.BigInteger;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrictScalarsTest {

    /** Stands in for SmallRye's lenient coercing: hands every value on as it is. */
    static final GraphQLScalarType LENIENT_DATE =
            GraphQLScalarType.newScalar()
                    .name("Date")
                    .coercing(
                            new Coercing<Object, Object>() {
                                @Override
                                public Object parseValue(Object input) {
                                    return input;
                                }

                                @Override
                                public Object parseLiteral(Object input) {
                                    return ((StringValue) input).getValue();
                                }
                            })
                    .build();

    @Test
    void theSpecsScalarsAreGraphQLJavasOwn() {
        assertSame(
                Scalars.GraphQLInt,
                StrictScalars.strict(GraphQLScalarType.newScalar(Scalars.GraphQLInt).build()));
        assertSame(
                Scalars.GraphQLID,
                StrictScalars.strict(GraphQLScalarType.newScalar(Scalars.GraphQLID).build()));
    }

    @Test
    void aDateIsCheckedThenConvertedAsBefore() {
        Coercing<?, ?> date = StrictScalars.strict(LENIENT_DATE).getCoercing();
        assertEquals("2026-03-01", date.parseValue("2026-03-01"));
        var impossible =
                assertThrows(
                        CoercingParseValueException.class, () -> date.parseValue("2026-02-30"));
        assertEquals("Expected a date as YYYY-MM-DD, got '2026-02-30'", impossible.getMessage());
        assertThrows(
                CoercingParseLiteralException.class,
                () -> date.parseLiteral(new StringValue("yesterday")));
        assertThrows(
                CoercingParseLiteralException.class,
                () -> date.parseLiteral(new IntValue(BigInteger.TEN)));
        assertNull(StrictScalars.date(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void aWholeNumberFitsIn64BitsAndHasNoFraction() {
        assertNull(StrictScalars.wholeNumber(Long.MAX_VALUE));
        assertNull(StrictScalars.wholeNumber("-9223372036854775808"));
        assertNull(StrictScalars.wholeNumber(new BigInteger("150000")));
        assertEquals(
                "Expected a whole number from -9223372036854775808 to 9223372036854775807, got 9223372036854775808",
                StrictScalars.wholeNumber("9223372036854775808"));
        assertEquals("Expected a whole number, got '1.5'", StrictScalars.wholeNumber(1.5));
        assertEquals("Expected a whole number, got 'many'", StrictScalars.wholeNumber("many"));
    }

    @Test
    void aTimeNeedsItsZoneOrOffset() {
        assertNull(StrictScalars.dateTime("2026-03-01T10:00:00Z"));
        assertEquals(
                "Expected a time as YYYY-MM-DDThh:mm:ssZ (or with an offset), got '2026-03-01T10:00:00'",
                StrictScalars.dateTime("2026-03-01T10:00:00"));
    }
}
