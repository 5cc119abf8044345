package com.creatorplatform.gateway.graphql;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Resolves one related record for each of a whole level of results (a batch resolver's sources)
 * with one batch read per scope: the services scope every read by brand (and, for a creator, by
 * their own record in it), and the scope is the one the service answered each source for, so
 * nothing is read outside the caller's own slice. In practice a level holds one scope, so this is
 * one call however many sources there are.
 */
final class RelatedRecords {

    private RelatedRecords() {}

    /**
     * @param scopeOf the scope (a brand, or a {@code ReadScope}) a source was answered for
     * @param idOf the related record's id in a source
     * @param batchGet one batch read: scope and distinct ids to the records found (unknown ids left
     *     out)
     * @param idOfFound a found record's id
     * @return one element per source, in order; null where the record was not found
     */
    static <S, K, R> Uni<List<R>> resolve(
            List<S> sources,
            Function<S, K> scopeOf,
            Function<S, String> idOf,
            BiFunction<K, List<String>, Uni<List<R>>> batchGet,
            Function<R, String> idOfFound) {
        return Levels.perGroup(
                sources,
                scopeOf,
                (scope, ofScope) -> {
                    var ids = new LinkedHashSet<String>();
                    ofScope.forEach(source -> ids.add(idOf.apply(source)));
                    return batchGet.apply(scope, List.copyOf(ids))
                            .map(
                                    found -> {
                                        Map<String, R> byId = new LinkedHashMap<>();
                                        found.forEach(
                                                record ->
                                                        byId.put(idOfFound.apply(record), record));
                                        return ofScope.stream()
                                                .map(source -> byId.get(idOf.apply(source)))
                                                .toList();
                                    });
                });
    }
}
