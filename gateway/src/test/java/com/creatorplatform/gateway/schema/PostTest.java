package com.creatorplatform.gateway.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostTest {

    @Test
    void aReadAsksForTheWireFieldsOfTheSelectedFieldsOnly() {
        assertEquals(List.of("brief"), Post.wireFields(List.of("id", "brief", "__typename")));
        assertEquals(
                List.of("scheduled_at", "creator_id", "brand_id", "campaign_id"),
                Post.wireFields(List.of("scheduledAt", "creator", "campaign", "creatorId")));
        assertEquals(
                List.of("id"),
                Post.wireFields(List.of("id")),
                "the id alone: not an empty mask, which means every field");
    }

    @Test
    void aFieldItDoesNotKnowMakesItAskForEveryField() {
        assertEquals(List.of(), Post.wireFields(List.of("brief", "somethingNew")));
    }
}
