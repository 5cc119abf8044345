package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void aMalformedIdIsNamedByItsFieldAndEchoedShort() {
        var refused = assertThrows(ApiError.class, () -> Ids.parse("brand_id", "x".repeat(10_000)));
        assertEquals(ApiError.Code.INVALID_ARGUMENT, refused.code());
        assertEquals(
                "brand_id must be a UUID, got '" + "x".repeat(64) + "... (10000 characters)'",
                refused.getMessage());
        assertEquals(
                "brand_id must be a UUID, got 'nope'",
                assertThrows(ApiError.class, () -> Ids.parse("brand_id", "nope")).getMessage());
    }

    @Test
    void aWellFormedIdIsReadAndABlankOneIsRequired() {
        UUID id = UUID.randomUUID();
        assertEquals(id, Ids.parse("brand_id", " " + id + " "));
        assertEquals(
                "brand_id is required",
                assertThrows(ApiError.class, () -> Ids.parse("brand_id", " ")).getMessage());
    }
}
