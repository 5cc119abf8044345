package com.creatorplatform.contract.identity;

import io.grpc.Metadata;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling a service: a brand's user (id: the brand id), a creator (id: the creator id) or
 * another service (id: its name). The gateway sends its user's identity, services send their own
 * ({@link ServiceIdentityClientInterceptor}); it travels as the metadata {@code x-caller-kind}
 * ("brand", "creator", "service") and {@code x-caller-id}.
 */
public record CallerIdentity(Kind kind, String id) {

    public enum Kind {
        BRAND, CREATOR, SERVICE;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final Metadata.Key<String> KIND_KEY = Metadata.Key.of("x-caller-kind", Metadata.ASCII_STRING_MARSHALLER);
    public static final Metadata.Key<String> ID_KEY = Metadata.Key.of("x-caller-id", Metadata.ASCII_STRING_MARSHALLER);

    public CallerIdentity {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a caller identity needs an id");
        }
    }

    public static CallerIdentity brand(String brandId) {
        return new CallerIdentity(Kind.BRAND, brandId);
    }

    public static CallerIdentity creator(String creatorId) {
        return new CallerIdentity(Kind.CREATOR, creatorId);
    }

    public static CallerIdentity service(String serviceName) {
        return new CallerIdentity(Kind.SERVICE, serviceName);
    }

    public Metadata toMetadata() {
        var metadata = new Metadata();
        metadata.put(KIND_KEY, kind.wire());
        metadata.put(ID_KEY, id);
        return metadata;
    }

    /**
     * The identity the metadata carries; empty when it carries none, or one that cannot be trusted to
     * mean one caller: an unknown kind, a blank id, or either header given more than once.
     */
    public static Optional<CallerIdentity> fromMetadata(Metadata headers) {
        Optional<String> kind = single(headers, KIND_KEY);
        Optional<String> id = single(headers, ID_KEY).filter(value -> !value.isBlank());
        if (kind.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(Kind.values()).filter(known -> known.wire().equals(kind.get())).findFirst()
                .map(known -> new CallerIdentity(known, id.get()));
    }

    private static Optional<String> single(Metadata headers, Metadata.Key<String> key) {
        Iterable<String> values = headers.getAll(key);
        if (values == null) {
            return Optional.empty();
        }
        Iterator<String> each = values.iterator();
        String first = each.next();
        return each.hasNext() ? Optional.empty() : Optional.of(first);
    }

    /** E.g. "brand 0b7c…", as refusals name the caller. */
    @Override
    public String toString() {
        return kind.wire() + " " + id;
    }
}
