package com.creatorplatform.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnumNamesTest {

    /** Shaped as protobuf generates a wire enum (this module has no generated code). */
    enum PostFormat {
        POST_FORMAT_UNSPECIFIED,
        POST_FORMAT_REEL,
        POST_FORMAT_VIDEO,
        POST_FORMAT_STORY,
        POST_FORMAT_NEWSLETTER,
        POST_FORMAT_BLOG,
        UNRECOGNIZED
    }

    enum Format {
        REEL,
        STORY,
        VIDEO,
        BLOG
    }

    /** A domain constant the wire enum does not have (yet). */
    enum Shape {
        REEL,
        HOLOGRAM
    }

    @Test
    void aDomainConstantIsTheWireConstantWithThePrefix() {
        assertEquals(
                PostFormat.POST_FORMAT_REEL,
                EnumNames.toWire(PostFormat.class, "POST_FORMAT_", Format.REEL));
        assertEquals(
                PostFormat.POST_FORMAT_BLOG,
                EnumNames.toWire(PostFormat.class, "POST_FORMAT_", Format.BLOG));
        assertThrows(
                IllegalArgumentException.class,
                () -> EnumNames.toWire(PostFormat.class, "POST_FORMAT_", Shape.HOLOGRAM));
    }

    @Test
    void aWireConstantIsTheDomainConstantOfItsNameWithoutThePrefix_nullWhenThereIsNone() {
        assertEquals(
                Format.STORY,
                EnumNames.fromWire(Format.class, "POST_FORMAT_", PostFormat.POST_FORMAT_STORY));
        assertNull(
                EnumNames.fromWire(
                        Format.class, "POST_FORMAT_", PostFormat.POST_FORMAT_UNSPECIFIED));
        assertNull(EnumNames.fromWire(Format.class, "POST_FORMAT_", PostFormat.UNRECOGNIZED));
        assertNull(EnumNames.fromWire(Shape.class, "POST_FORMAT_", PostFormat.POST_FORMAT_VIDEO));
        assertNull(
                EnumNames.fromWire(
                        Format.class, "POST_FORMAT_", PostFormat.POST_FORMAT_NEWSLETTER));
    }
}
