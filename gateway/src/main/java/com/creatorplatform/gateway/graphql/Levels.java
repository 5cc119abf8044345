package com.creatorplatform.gateway.graphql;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Resolves a whole level of a query (a batch resolver's sources) with one call per group of sources
 * that the same call can answer, e.g. the creators of one campaign over one period. A dashboard
 * level is one group, so its cost does not grow with the number of sources.
 */
final class Levels {

    private Levels() {}

    /**
     * @param groupOf what a source's call needs (brand, campaign, period...): sources with equal
     *     keys share a call
     * @param resolveGroup one call for a group: one answer per source of the group, in its order
     * @return one answer per source, in order
     */
    static <S, K, R> Uni<List<R>> perGroup(
            List<S> sources,
            Function<S, K> groupOf,
            BiFunction<K, List<S>, Uni<List<R>>> resolveGroup) {
        if (sources.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<K, List<S>> groups = new LinkedHashMap<>();
        sources.forEach(
                source ->
                        groups.computeIfAbsent(groupOf.apply(source), k -> new ArrayList<>())
                                .add(source));
        List<Uni<Map<S, R>>> calls = new ArrayList<>();
        groups.forEach(
                (key, members) ->
                        calls.add(
                                resolveGroup
                                        .apply(key, members)
                                        .map(
                                                answers -> {
                                                    Map<S, R> bySource = new IdentityHashMap<>();
                                                    for (int i = 0; i < members.size(); i++) {
                                                        bySource.put(
                                                                members.get(i), answers.get(i));
                                                    }
                                                    return bySource;
                                                })));
        return Uni.combine()
                .all()
                .unis(calls)
                .with(
                        results -> {
                            Map<S, R> all = new IdentityHashMap<>();
                            results.forEach(
                                    result -> {
                                        @SuppressWarnings("unchecked")
                                        Map<S, R> bySource = (Map<S, R>) result;
                                        all.putAll(bySource);
                                    });
                            return sources.stream().map(all::get).toList();
                        });
    }

    /** The lists several calls answer, one after another in the order of the calls. */
    static <T> Uni<List<T>> concat(List<Uni<List<T>>> calls) {
        if (calls.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.combine()
                .all()
                .unis(calls)
                .with(
                        lists -> {
                            List<T> all = new ArrayList<>();
                            lists.forEach(
                                    list -> {
                                        @SuppressWarnings("unchecked")
                                        List<T> items = (List<T>) list;
                                        all.addAll(items);
                                    });
                            return all;
                        });
    }
}
