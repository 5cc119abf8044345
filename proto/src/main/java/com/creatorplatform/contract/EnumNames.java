package com.creatorplatform.contract;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Between a protobuf enum and the domain's (or the schema's) enum of the same constants: each wire
 * constant is a domain constant's name with the wire enum's prefix ({@code CAMPAIGN_STATUS_ACTIVE}
 * is {@code ACTIVE}), plus {@code *_UNSPECIFIED} and protobuf's {@code UNRECOGNIZED}. Each pair of
 * enums is matched by name once; then a value is an array read (services map every post of a page
 * this way).
 */
public final class EnumNames {

    /**
     * For a target enum: for each source enum, the target constant of each source constant, by
     * ordinal.
     */
    private static final ClassValue<Map<Class<?>, Object[]>> TABLES =
            new ClassValue<>() {
                @Override
                protected Map<Class<?>, Object[]> computeValue(Class<?> target) {
                    return new ConcurrentHashMap<>();
                }
            };

    private EnumNames() {}

    /** The wire constant named {@code prefix} + the domain constant's name. */
    public static <W extends Enum<W>> W toWire(Class<W> wire, String prefix, Enum<?> domain) {
        W value =
                wire.cast(
                        table(wire, domain.getDeclaringClass(), prefix, EnumNames::withPrefix)[
                                domain.ordinal()]);
        if (value == null) {
            throw new IllegalArgumentException(
                    wire.getSimpleName() + " has no constant " + prefix + domain.name());
        }
        return value;
    }

    /**
     * The domain constant the wire one names; null for UNSPECIFIED, UNRECOGNIZED or a name the
     * domain lacks.
     */
    public static <D extends Enum<D>> D fromWire(Class<D> domain, String prefix, Enum<?> wire) {
        return domain.cast(
                table(domain, wire.getDeclaringClass(), prefix, EnumNames::withoutPrefix)[
                        wire.ordinal()]);
    }

    private static String withPrefix(String prefix, String name) {
        return prefix + name;
    }

    private static String withoutPrefix(String prefix, String name) {
        return name.startsWith(prefix) ? name.substring(prefix.length()) : null;
    }

    /**
     * The pair's table; looked up before it is built, so that a value's mapping allocates nothing.
     */
    private static Object[] table(
            Class<?> target, Class<?> source, String prefix, BinaryOperator<String> targetName) {
        Map<Class<?>, Object[]> tables = TABLES.get(target);
        Object[] table = tables.get(source);
        return table != null
                ? table
                : tables.computeIfAbsent(
                        source, ignored -> match(target, source, prefix, targetName));
    }

    private static Object[] match(
            Class<?> target, Class<?> source, String prefix, BinaryOperator<String> targetName) {
        Map<String, Object> byName =
                Arrays.stream(target.getEnumConstants())
                        .collect(
                                Collectors.toMap(
                                        constant -> ((Enum<?>) constant).name(),
                                        Function.identity()));
        Object[] table = new Object[source.getEnumConstants().length];
        for (Object constant : source.getEnumConstants()) {
            String name = targetName.apply(prefix, ((Enum<?>) constant).name());
            table[((Enum<?>) constant).ordinal()] = name == null ? null : byName.get(name);
        }
        return table;
    }
}
