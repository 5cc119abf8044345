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
 * with one batch read per brand: the services scope every read by brand, and the brand is the one
 * the service answered each source for, so nothing is read outside the caller's own slice. In
 * practice a level holds one brand, so this is one call however many sources there are.
 */
final class RelatedRecords {

    private RelatedRecords() {}

    /**
     * @param brandOf the brand a source was answered for
     * @param idOf the related record's id in a source
     * @param batchGet one batch read: brand and distinct ids to the records found (unknown ids left
     *     out)
     * @param idOfFound a found record's id
     * @return one element per source, in order; null where the record was not found
     */
    static <S, R> Uni<List<R>> resolve(
            List<S> sources,
            Function<S, String> brandOf,
            Function<S, String> idOf,
            BiFunction<String, List<String>, Uni<List<R>>> batchGet,
            Function<R, String> idOfFound) {
        return Levels.perGroup(
                sources,
                brandOf,
                (brand, ofBrand) -> {
                    var ids = new LinkedHashSet<String>();
                    ofBrand.forEach(source -> ids.add(idOf.apply(source)));
                    return batchGet.apply(brand, List.copyOf(ids))
                            .map(
                                    found -> {
                                        Map<String, R> byId = new LinkedHashMap<>();
                                        found.forEach(
                                                record ->
                                                        byId.put(idOfFound.apply(record), record));
                                        return ofBrand.stream()
                                                .map(source -> byId.get(idOf.apply(source)))
                                                .toList();
                                    });
                });
    }
}
