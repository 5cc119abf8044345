package com.creatorplatform.gateway.graphql;

import java.util.List;
import java.util.Objects;

/** Optional list inputs: absent is empty, and null elements are skipped. */
final class InputLists {

    private InputLists() {}

    static <T> List<T> present(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
