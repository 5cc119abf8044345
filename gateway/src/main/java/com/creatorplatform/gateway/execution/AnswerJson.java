package com.creatorplatform.gateway.execution;

import io.smallrye.graphql.JsonProviderHolder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * graphql-java's answer (maps, lists and serialised scalars) written as JSON text in one pass and
 * handed to SmallRye as a JSON-P value that its writer copies as it is. Otherwise SmallRye copies
 * the answer into a JSON-P tree (keeping each value's path on a synchronised stack) and Parsson
 * writes that tree value by value, checking the generator's state and escaping character by
 * character: a large part of the gateway's time on the dashboard's answer (bench/RESULTS.md).
 * Values are written as that copy would be (numbers other than int and long through the same JSON-P
 * values), so the text is the same.
 */
final class AnswerJson {

    private static final JsonProvider JSON = JsonProviderHolder.JSON_PROVIDER;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private AnswerJson() {}

    static JsonValue of(Object data) {
        var out = new StringBuilder(8192);
        write(data, out);
        return new Written(out.toString());
    }

    private static void write(Object value, StringBuilder out) {
        // Final classes first: a class test is one comparison, while each failed interface test
        // (Map,
        // List) scans the class's interfaces, and the JVM's one-entry cache of the last interface
        // found thrashes when the same classes are tested against several interfaces.
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Integer number) {
            out.append(number.intValue());
        } else if (value instanceof Long number) {
            out.append(number.longValue());
        } else if (value instanceof Boolean bool) {
            out.append(bool.booleanValue());
        } else if (value instanceof Double number) { // a Float field's value
            out.append(JSON.createValue(number.doubleValue()));
        } else if (value
                instanceof LinkedHashMap<?, ?> object) { // what graphql-java answers an object with
            object(object, out);
        } else if (value instanceof ArrayList<?> list) { // and a list
            array(list, out);
        } else {
            other(value, out);
        }
    }

    private static void other(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> object) {
            object(object, out);
        } else if (value instanceof Collection<?> list) {
            array(list, out);
        } else if (value instanceof Float number) {
            out.append(JSON.createValue(new BigDecimal(String.valueOf(number.floatValue()))));
        } else if (value instanceof Short || value instanceof Byte) {
            out.append(((Number) value).intValue());
        } else if (value instanceof BigDecimal number) {
            out.append(JSON.createValue(number));
        } else if (value instanceof BigInteger number) {
            out.append(JSON.createValue(number));
        } else if (value instanceof Enum<?> constant) {
            string(constant.name(), out);
        } else if (value instanceof JsonValue json) {
            out.append(text(json));
        } else { // graphql-java's scalars serialise to the types above; anything else is written as
            // its text
            string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> object, StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> field : object.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string((String) field.getKey(), out);
            out.append(':');
            write(field.getValue(), out);
        }
        out.append('}');
    }

    private static void array(Collection<?> list, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object item : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            write(item, out);
        }
        out.append(']');
    }

    /** A string as JSON-P's writer escapes it: quote, backslash and control characters only. */
    private static void string(String text, StringBuilder out) {
        out.append('"');
        int plain = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, plain, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\f' -> out.append('f');
                case '\n' -> out.append('n');
                case '\r' -> out.append('r');
                case '\t' -> out.append('t');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
            plain = i + 1;
        }
        // A whole String is copied at once; a range of one (append(CharSequence, int, int)) char by
        // char.
        (plain == 0 ? out.append(text) : out.append(text, plain, text.length())).append('"');
    }

    private static String text(JsonValue value) {
        var out = new StringWriter();
        try (var writer = JSON.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    /**
     * JSON text that SmallRye's writer (Parsson) copies into the answer as it is: it writes a
     * JSON-P number as the number's {@code toString()}, and no other kind of value without taking
     * it apart. Not a number otherwise: nothing reads the answer's data but that writer.
     */
    static final class Written implements JsonNumber {

        private final String json;

        Written(String json) {
            this.json = json;
        }

        @Override
        public String toString() {
            return json;
        }

        @Override
        public ValueType getValueType() {
            return ValueType.NUMBER;
        }

        @Override
        public boolean isIntegral() {
            return false;
        }

        @Override
        public int intValue() {
            throw notANumber();
        }

        @Override
        public int intValueExact() {
            throw notANumber();
        }

        @Override
        public long longValue() {
            throw notANumber();
        }

        @Override
        public long longValueExact() {
            throw notANumber();
        }

        @Override
        public BigInteger bigIntegerValue() {
            throw notANumber();
        }

        @Override
        public BigInteger bigIntegerValueExact() {
            throw notANumber();
        }

        @Override
        public double doubleValue() {
            throw notANumber();
        }

        @Override
        public BigDecimal bigDecimalValue() {
            throw notANumber();
        }

        private static UnsupportedOperationException notANumber() {
            return new UnsupportedOperationException(
                    "a GraphQL answer written as JSON text is not a number");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Written written && written.json.equals(json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }
    }
}
