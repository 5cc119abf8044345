package com.creatorplatform.gateway.execution;

import io.smallrye.graphql.JsonProviderHolder;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * graphql-java's answer (maps, lists and serialised scalars) seen as JSON-P values, converted one value
 * at a time as they are read, not copied. SmallRye copies an answer into a JSON-P tree before writing
 * it, keeping the path of every value on a synchronised stack as it goes (a quarter of the gateway's
 * time on the dashboard's 1 MB answer); a value that is JSON-P already it writes as it is. Scalars
 * become the same JSON-P values as in SmallRye's copy, so the text written is the same.
 */
final class AnswerJson {

    private static final JsonProvider JSON = JsonProviderHolder.JSON_PROVIDER;

    private AnswerJson() {
    }

    static JsonValue of(Object value) {
        // Final classes first: a class test is one comparison, while each failed interface test (Map,
        // List, JsonValue) scans the class's interfaces, and the JVM's one-entry cache of the last
        // interface found thrashes when the same classes are tested against several interfaces.
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Integer number) {
            return JSON.createValue(number.intValue());
        }
        if (value instanceof Long number) {
            return JSON.createValue(number);
        }
        if (value instanceof Double number) {
            return JSON.createValue(number.doubleValue());
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof LinkedHashMap<?, ?> map) { // what graphql-java answers an object with
            return new ObjectView(map);
        }
        if (value instanceof ArrayList<?> list) { // and a list
            return new ArrayView(list);
        }
        return ofOther(value);
    }

    private static JsonValue ofOther(Object value) {
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Map<?, ?> map) {
            return new ObjectView(map);
        }
        if (value instanceof List<?> list) {
            return new ArrayView(list);
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayView(List.copyOf(collection));
        }
        if (value instanceof Short || value instanceof Byte) {
            return JSON.createValue(((Number) value).intValue());
        }
        if (value instanceof Float number) {
            return JSON.createValue(new BigDecimal(String.valueOf(number.floatValue())));
        }
        if (value instanceof BigDecimal number) {
            return JSON.createValue(number);
        }
        if (value instanceof BigInteger number) {
            return JSON.createValue(number);
        }
        if (value instanceof Enum<?> constant) {
            return JSON.createValue(constant.name());
        }
        // graphql-java's scalars serialise to the types above; anything else is written as its text.
        return JSON.createValue(value.toString());
    }

    private static String text(JsonValue value) {
        var out = new StringWriter();
        try (var writer = JSON.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }

    private static final class ObjectView extends AbstractMap<String, JsonValue> implements JsonObject {

        private final Map<?, ?> fields;

        ObjectView(Map<?, ?> fields) {
            this.fields = fields;
        }

        @Override
        public Set<Entry<String, JsonValue>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, JsonValue>> iterator() {
                    Iterator<? extends Entry<?, ?>> entries = fields.entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, JsonValue> next() {
                            Entry<?, ?> entry = entries.next();
                            return new SimpleImmutableEntry<>((String) entry.getKey(), of(entry.getValue()));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }

        @Override
        public JsonValue get(Object key) {
            return fields.containsKey(key) ? of(fields.get(key)) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return fields.containsKey(key);
        }

        // The typed getters (no part of writing an answer) read a copy.
        private JsonObject copy() {
            return JSON.createObjectBuilder(this).build();
        }

        @Override
        public JsonArray getJsonArray(String name) {
            return copy().getJsonArray(name);
        }

        @Override
        public JsonObject getJsonObject(String name) {
            return copy().getJsonObject(name);
        }

        @Override
        public JsonNumber getJsonNumber(String name) {
            return copy().getJsonNumber(name);
        }

        @Override
        public JsonString getJsonString(String name) {
            return copy().getJsonString(name);
        }

        @Override
        public String getString(String name) {
            return copy().getString(name);
        }

        @Override
        public String getString(String name, String defaultValue) {
            return copy().getString(name, defaultValue);
        }

        @Override
        public int getInt(String name) {
            return copy().getInt(name);
        }

        @Override
        public int getInt(String name, int defaultValue) {
            return copy().getInt(name, defaultValue);
        }

        @Override
        public boolean getBoolean(String name) {
            return copy().getBoolean(name);
        }

        @Override
        public boolean getBoolean(String name, boolean defaultValue) {
            return copy().getBoolean(name, defaultValue);
        }

        @Override
        public boolean isNull(String name) {
            return copy().isNull(name);
        }

        @Override
        public ValueType getValueType() {
            return ValueType.OBJECT;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }

    private static final class ArrayView extends AbstractList<JsonValue> implements JsonArray {

        private final List<?> items;

        ArrayView(List<?> items) {
            this.items = items;
        }

        @Override
        public JsonValue get(int index) {
            return of(items.get(index));
        }

        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Iterator<JsonValue> iterator() {
            Iterator<?> each = items.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return each.hasNext();
                }

                @Override
                public JsonValue next() {
                    return of(each.next());
                }
            };
        }

        // The typed getters (no part of writing an answer) read a copy.
        private JsonArray copy() {
            return JSON.createArrayBuilder(this).build();
        }

        @Override
        public JsonObject getJsonObject(int index) {
            return copy().getJsonObject(index);
        }

        @Override
        public JsonArray getJsonArray(int index) {
            return copy().getJsonArray(index);
        }

        @Override
        public JsonNumber getJsonNumber(int index) {
            return copy().getJsonNumber(index);
        }

        @Override
        public JsonString getJsonString(int index) {
            return copy().getJsonString(index);
        }

        @Override
        public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
            return copy().getValuesAs(type);
        }

        @Override
        public String getString(int index) {
            return copy().getString(index);
        }

        @Override
        public String getString(int index, String defaultValue) {
            return copy().getString(index, defaultValue);
        }

        @Override
        public int getInt(int index) {
            return copy().getInt(index);
        }

        @Override
        public int getInt(int index, int defaultValue) {
            return copy().getInt(index, defaultValue);
        }

        @Override
        public boolean getBoolean(int index) {
            return copy().getBoolean(index);
        }

        @Override
        public boolean getBoolean(int index, boolean defaultValue) {
            return copy().getBoolean(index, defaultValue);
        }

        @Override
        public boolean isNull(int index) {
            return copy().isNull(index);
        }

        @Override
        public ValueType getValueType() {
            return ValueType.ARRAY;
        }

        @Override
        public String toString() {
            return text(this);
        }
    }
}
