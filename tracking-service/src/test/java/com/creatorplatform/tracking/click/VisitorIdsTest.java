package com.creatorplatform.tracking.click;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class VisitorIdsTest {

    @Test
    void visitorIdsAreRandomVersion4Uuids() {
        var ids = new HashSet<UUID>();
        IntStream.range(0, 10_000).forEach(i -> ids.add(VisitorIds.next()));

        assertEquals(10_000, ids.size());
        ids.forEach(id -> {
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
        });
    }
}
