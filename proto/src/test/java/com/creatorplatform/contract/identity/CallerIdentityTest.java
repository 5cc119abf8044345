package com.creatorplatform.contract.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Metadata;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerIdentityTest {

    @Test
    void eachKindTravelsAsTwoHeadersAndComesBackTheSame() {
        for (var identity : new CallerIdentity[] { CallerIdentity.brand("b-1"), CallerIdentity.creator("c-1"),
                CallerIdentity.service("tracking-service") }) {
            assertEquals(Optional.of(identity), CallerIdentity.fromMetadata(identity.toMetadata()));
        }
        Metadata headers = CallerIdentity.brand("b-1").toMetadata();
        assertEquals("brand", headers.get(Metadata.Key.of("x-caller-kind", Metadata.ASCII_STRING_MARSHALLER)));
        assertEquals("b-1", headers.get(Metadata.Key.of("x-caller-id", Metadata.ASCII_STRING_MARSHALLER)));
    }

    @Test
    void metadataWithoutAnIdentityHasNone() {
        assertTrue(CallerIdentity.fromMetadata(new Metadata()).isEmpty());
        assertTrue(CallerIdentity.fromMetadata(headers("brand", null)).isEmpty());
        assertTrue(CallerIdentity.fromMetadata(headers(null, "b-1")).isEmpty());
    }

    @Test
    void anUnknownKindOrABlankIdIsNoIdentity() {
        assertTrue(CallerIdentity.fromMetadata(headers("admin", "b-1")).isEmpty());
        assertTrue(CallerIdentity.fromMetadata(headers("BRAND", "b-1")).isEmpty());
        assertTrue(CallerIdentity.fromMetadata(headers("brand", " ")).isEmpty());
    }

    @Test
    void twoIdentitiesInOneCallAreNone() {
        Metadata headers = CallerIdentity.brand("b-1").toMetadata();
        headers.merge(CallerIdentity.service("tracking-service").toMetadata());
        assertTrue(CallerIdentity.fromMetadata(headers).isEmpty());
    }

    @Test
    void anIdentityNeedsAnId() {
        assertThrows(IllegalArgumentException.class, () -> CallerIdentity.brand(""));
        assertThrows(IllegalArgumentException.class, () -> CallerIdentity.creator(null));
    }

    private static Metadata headers(String kind, String id) {
        var headers = new Metadata();
        if (kind != null) {
            headers.put(CallerIdentity.KIND_KEY, kind);
        }
        if (id != null) {
            headers.put(CallerIdentity.ID_KEY, id);
        }
        return headers;
    }
}
