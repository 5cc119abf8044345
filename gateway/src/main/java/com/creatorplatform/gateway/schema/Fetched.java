package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A service's answer, or the error that kept it away, or the note that the request did not select
 * it. The error is thrown where the answer is read, so only the fields that need that service fail
 * (null, with the error) and the rest of the level is answered. Reading an answer that was not
 * selected is a bug (a look-ahead path that no longer matches the schema) and fails loudly instead
 * of showing zeros.
 */
public record Fetched<T>(T value, ApiGraphQLError missing, String unselected) {

    /**
     * The read's answer, if asked for (else nothing is read, and reading it fails naming {@code
     * what}); its failure, already a GraphQL error naming the service, kept for the fields that
     * read the answer.
     */
    public static <K, V> Uni<Fetched<Map<K, V>>> ifAsked(
            boolean asked, String what, Supplier<Uni<Map<K, V>>> read) {
        if (!asked) {
            return Uni.createFrom().item(new Fetched<>(null, null, what));
        }
        return read.get()
                .map(value -> new Fetched<Map<K, V>>(value, null, null))
                .onFailure(ApiGraphQLError.class)
                .recoverWithItem(failure -> new Fetched<>(null, (ApiGraphQLError) failure, null));
    }

    /** A part of the answer, or the same error or note. */
    public <R> Fetched<R> map(Function<T, R> part) {
        return missing != null || unselected != null
                ? new Fetched<>(null, missing, unselected)
                : new Fetched<>(part.apply(value), null, null);
    }

    public T get() {
        if (missing != null) {
            throw missing;
        }
        if (unselected != null) {
            throw new IllegalStateException(
                    unselected
                            + " was read, but the request's look-ahead did not select it:"
                            + " the path given to Fetched.ifAsked no longer matches the schema");
        }
        return value;
    }
}
