package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import com.google.protobuf.Timestamp;
import org.junit.jupiter.api.Test;

/** Over Timestamp (seconds = 1, nanos = 2): the module has no messages of its own. */
class ReadMaskTest {

    @Test
    void aMaskNamingFieldsAsksForThoseOnly() {
        var mask =
                ReadMask.of(
                        "read_mask",
                        FieldMask.newBuilder().addPaths("nanos").build(),
                        Timestamp.getDescriptor());

        assertTrue(mask.has(Timestamp.NANOS_FIELD_NUMBER));
        assertFalse(mask.has(Timestamp.SECONDS_FIELD_NUMBER));
    }

    @Test
    void anEmptyMaskAsksForEveryField() {
        var mask =
                ReadMask.of("read_mask", FieldMask.getDefaultInstance(), Timestamp.getDescriptor());

        assertTrue(mask.has(Timestamp.SECONDS_FIELD_NUMBER));
        assertTrue(mask.has(Timestamp.NANOS_FIELD_NUMBER));
    }

    @Test
    void aFieldTheMessageLacksIsTheCallersMistake() {
        var error =
                assertThrows(
                        ApiError.class,
                        () ->
                                ReadMask.of(
                                        "read_mask",
                                        FieldMask.newBuilder()
                                                .addPaths("seconds")
                                                .addPaths("minutes")
                                                .build(),
                                        Timestamp.getDescriptor()));

        assertEquals(ApiError.Code.INVALID_ARGUMENT, error.code());
        assertEquals("read_mask: Timestamp has no field 'minutes'", error.getMessage());
    }
}
