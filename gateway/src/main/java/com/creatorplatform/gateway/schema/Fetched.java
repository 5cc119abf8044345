package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A service's answer, or the error that kept it away. The error is thrown where the answer is read,
 * so only the fields that need that service fail (null, with the error) and the rest of the level
 * is answered.
 */
public record Fetched<T>(T value, ApiGraphQLError missing) {

    /**
     * The read's answer, if asked for (else empty: it is never read); its failure, already a GraphQL
     * error naming the service, kept for the fields that read the answer.
     */
    public static <K, V> Uni<Fetched<Map<K, V>>> ifAsked(boolean asked, Supplier<Uni<Map<K, V>>> read) {
        if (!asked) {
            return Uni.createFrom().item(new Fetched<>(Map.of(), null));
        }
        return read.get().map(value -> new Fetched<Map<K, V>>(value, null))
                .onFailure(ApiGraphQLError.class).recoverWithItem(failure -> new Fetched<>(null, (ApiGraphQLError) failure));
    }

    /** A part of the answer, or the same error. */
    public <R> Fetched<R> map(Function<T, R> part) {
        return missing != null ? new Fetched<>(null, missing) : new Fetched<>(part.apply(value), null);
    }

    public T get() {
        if (missing != null) {
            throw missing;
        }
        return value;
    }
}
