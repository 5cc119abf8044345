package com.creatorplatform.contract.identity;

import io.grpc.Metadata;
import java.util.Iterator;
import java.util.Optional;

/**
 * How an access token travels on a gRPC call: the {@code authorization} metadata, {@code Bearer
 * <token>}.
 */
public final class BearerToken {

    public static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private static final String SCHEME = "Bearer ";

    private BearerToken() {}

    /** Metadata carrying the token, for a stub's {@code attachHeaders}. */
    public static Metadata metadata(String accessToken) {
        var metadata = new Metadata();
        metadata.put(AUTHORIZATION, SCHEME + accessToken);
        return metadata;
    }

    /** The one bearer token the metadata carries; empty when there is none, or more than one. */
    public static Optional<String> from(Metadata headers) {
        Iterable<String> values = headers.getAll(AUTHORIZATION);
        if (values == null) {
            return Optional.empty();
        }
        Iterator<String> each = values.iterator();
        String value = each.next();
        if (each.hasNext() || !value.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String token = value.substring(SCHEME.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
