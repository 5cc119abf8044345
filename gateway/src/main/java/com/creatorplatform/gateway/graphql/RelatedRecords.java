package com.creatorplatform.gateway.graphql;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        if (sources.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, Set<String>> idsByBrand = new LinkedHashMap<>();
        for (S source : sources) {
            idsByBrand
                    .computeIfAbsent(brandOf.apply(source), b -> new LinkedHashSet<>())
                    .add(idOf.apply(source));
        }
        List<Uni<Map<String, R>>> reads = new ArrayList<>();
        idsByBrand.forEach(
                (brand, ids) ->
                        reads.add(
                                batchGet.apply(brand, List.copyOf(ids))
                                        .map(
                                                found -> {
                                                    Map<String, R> byId = new LinkedHashMap<>();
                                                    found.forEach(
                                                            record ->
                                                                    byId.put(
                                                                            key(
                                                                                    brand,
                                                                                    idOfFound.apply(
                                                                                            record)),
                                                                            record));
                                                    return byId;
                                                })));
        return Uni.combine()
                .all()
                .unis(reads)
                .with(
                        results -> {
                            Map<String, R> all = new LinkedHashMap<>();
                            for (Object result : results) {
                                @SuppressWarnings("unchecked")
                                Map<String, R> byId = (Map<String, R>) result;
                                all.putAll(byId);
                            }
                            List<R> answer = new ArrayList<>(sources.size());
                            for (S source : sources) {
                                answer.add(all.get(key(brandOf.apply(source), idOf.apply(source))));
                            }
                            return answer;
                        });
    }

    private static String key(String brand, String id) {
        return brand + "/" + id;
    }
}
