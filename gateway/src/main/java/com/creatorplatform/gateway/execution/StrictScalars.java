package com.creatorplatform.gateway.execution;

import graphql.Scalars;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Scalars that refuse a wrong value where GraphQL reads it, naming the argument or variable:
 * SmallRye's own take any number or string and convert it later, so an Int of 2^32 + 1 wrapped to
 * 1, an ID given a list became the list's text, and an impossible date failed inside the resolver
 * with a Java class name in the message. The spec's scalars become graphql-java's (Int of 32 bits,
 * no strings for numbers, only strings or integers for an ID); Date, DateTime and BigInteger (our
 * Java longs) keep SmallRye's conversion after a check of the value.
 */
public class StrictScalars implements EventingService {

    static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return GraphQLSchema.newSchema(
                SchemaTransformer.transformSchema(
                        builder.build(),
                        new GraphQLTypeVisitorStub() {
                            @Override
                            public TraversalControl visitGraphQLScalarType(
                                    GraphQLScalarType scalar,
                                    TraverserContext<GraphQLSchemaElement> context) {
                                GraphQLScalarType strict = strict(scalar);
                                return strict == scalar
                                        ? TraversalControl.CONTINUE
                                        : changeNode(context, strict);
                            }
                        }));
    }

    static GraphQLScalarType strict(GraphQLScalarType scalar) {
        return switch (scalar.getName()) {
            case "Int" -> Scalars.GraphQLInt;
            case "Float" -> Scalars.GraphQLFloat;
            case "ID" -> Scalars.GraphQLID;
            case "String" -> Scalars.GraphQLString;
            case "Boolean" -> Scalars.GraphQLBoolean;
            case "Date" -> checked(scalar, StrictScalars::date);
            case "DateTime" -> checked(scalar, StrictScalars::dateTime);
            case "BigInteger" -> checked(scalar, StrictScalars::wholeNumber);
            default -> scalar;
        };
    }

    @SuppressWarnings("unchecked")
    private static GraphQLScalarType checked(
            GraphQLScalarType scalar, Function<Object, String> problem) {
        return scalar.transform(
                builder ->
                        builder.coercing(
                                new Checked(
                                        (Coercing<Object, Object>) scalar.getCoercing(), problem)));
    }

    /** What is wrong with a date, or null. */
    static String date(Object value) {
        return value instanceof LocalDate
                ? null
                : parses(value, LocalDate::parse, "Expected a date as YYYY-MM-DD");
    }

    /** What is wrong with a point in time, or null. */
    static String dateTime(Object value) {
        return value instanceof Instant
                ? null
                : parses(
                        value,
                        Instant::parse,
                        "Expected a time as YYYY-MM-DDThh:mm:ssZ (or with an offset)");
    }

    private static String parses(Object value, Consumer<String> parser, String expected) {
        try {
            parser.accept(String.valueOf(value));
            return null;
        } catch (DateTimeException wrong) {
            return expected + ", got '" + shown(value) + "'";
        }
    }

    /** What is wrong with a whole number of 64 bits (amounts in minor units, counts), or null. */
    static String wholeNumber(Object value) {
        BigInteger number;
        try {
            number =
                    value instanceof BigInteger big
                            ? big
                            : value instanceof Long
                                            || value instanceof Integer
                                            || value instanceof Short
                                    ? BigInteger.valueOf(((Number) value).longValue())
                                    : new BigDecimal(String.valueOf(value)).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException notWhole) {
            return "Expected a whole number, got '" + shown(value) + "'";
        }
        return number.compareTo(LONG_MIN) < 0 || number.compareTo(LONG_MAX) > 0
                ? "Expected a whole number from "
                        + Long.MIN_VALUE
                        + " to "
                        + Long.MAX_VALUE
                        + ", got "
                        + shown(number)
                : null;
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** SmallRye's coercing, after a check of each value a client sends. */
    record Checked(Coercing<Object, Object> delegate, Function<Object, String> problem)
            implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value) {
            return delegate.serialize(value);
        }

        @Override
        public Object parseValue(Object value) {
            String wrong = problem.apply(value);
            if (wrong != null) {
                throw new CoercingParseValueException(wrong);
            }
            return delegate.parseValue(value);
        }

        @Override
        public Object parseLiteral(Object literal) {
            Object value =
                    literal instanceof StringValue text
                            ? text.getValue()
                            : literal instanceof IntValue number ? number.getValue() : literal;
            String wrong =
                    value == literal
                            ? "Expected a "
                                    + (literal == null ? "value" : "string or number")
                                    + " literal"
                            : problem.apply(value);
            if (wrong != null) {
                throw new CoercingParseLiteralException(wrong);
            }
            return delegate.parseLiteral(literal);
        }

        @Override
        public graphql.language.Value<?> valueToLiteral(Object value) {
            return delegate.valueToLiteral(value);
        }
    }
}
