package com.creatorplatform.contract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ids on the wire are UUID strings; a malformed one is the caller's mistake, named by field. */
public final class Ids {

    /** The most ids one batch rpc accepts. */
    public static final int MAX_BATCH = 500;

    private Ids() {}

    /** The items in consecutive batches of at most {@link #MAX_BATCH}, for a batch rpc each. */
    public static <T> List<List<T>> inBatches(List<T> items) {
        var batches = new ArrayList<List<T>>();
        for (int from = 0; from < items.size(); from += MAX_BATCH) {
            batches.add(items.subList(from, Math.min(items.size(), from + MAX_BATCH)));
        }
        return batches;
    }

    public static UUID parse(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiError.invalidArgument(field + " is required");
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ApiError.invalidArgument(field + " must be a UUID, got '" + Echo.of(value) + "'");
        }
    }

    /** An optional id: empty means absent. */
    public static UUID parseOptional(String field, String value) {
        return value == null || value.isBlank() ? null : parse(field, value);
    }

    /** Distinct ids of a batch request, in the order asked. */
    public static List<UUID> parseBatch(String field, List<String> values) {
        if (values.size() > MAX_BATCH) {
            throw ApiError.invalidArgument(
                    field + " takes at most " + MAX_BATCH + " ids, got " + values.size());
        }
        var ids = new LinkedHashSet<UUID>();
        for (String value : values) {
            ids.add(parse(field, value));
        }
        return new ArrayList<>(ids);
    }

    /** Batch reads answer in the order the ids were asked, leaving out the unknown ones. */
    public static <T> List<T> inAskedOrder(List<UUID> ids, List<T> found, Function<T, UUID> idOf) {
        Map<UUID, T> byId = found.stream().collect(Collectors.toMap(idOf, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
