package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.smallrye.mutiny.Uni;

/**
 * A service's answer, or the error that kept it away. The error is thrown where the answer is read,
 * so only the fields that need that service fail (null, with the error) and the rest of the level
 * is answered.
 */
public record Fetched<T>(T value, ApiGraphQLError missing) {

    /** The call's answer; its failure, already a GraphQL error naming the service, kept for later. */
    public static <T> Uni<Fetched<T>> of(Uni<T> call) {
        return call.map(value -> new Fetched<T>(value, null))
                .onFailure(ApiGraphQLError.class).recoverWithItem(failure -> new Fetched<>(null, (ApiGraphQLError) failure));
    }

    /** An answer that was not asked for, so never read. */
    public static <T> Uni<Fetched<T>> notAsked(T empty) {
        return Uni.createFrom().item(new Fetched<>(empty, null));
    }

    public T get() {
        if (missing != null) {
            throw missing;
        }
        return value;
    }
}
