package com.creatorplatform.gateway.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchedTest {

    @Test
    void anAnswerTheRequestDidNotSelectIsNotReadAndFailsLoudlyWhenUsed() {
        var fetched =
                Fetched.<String, Long>ifAsked(
                                false,
                                "the posts' report",
                                () -> {
                                    throw new AssertionError("not selected: never read");
                                })
                        .await()
                        .indefinitely();
        var used =
                assertThrows(
                        IllegalStateException.class,
                        () -> fetched.map(byId -> byId.get("p1")).get());
        assertEquals(
                "the posts' report was read, but the request's look-ahead did not select it: the path given to"
                        + " Fetched.ifAsked no longer matches the schema",
                used.getMessage());
    }

    @Test
    void aSelectedAnswerOrItsFailureIsWhatTheFieldsRead() {
        var answer =
                Fetched.<String, Long>ifAsked(
                                true, "clicks", () -> Uni.createFrom().item(Map.of("p1", 3L)))
                        .await()
                        .indefinitely();
        assertEquals(3L, answer.map(byId -> byId.get("p1")).get());

        var outage =
                new ApiGraphQLError.Unavailable("tracking-service is unavailable (UNAVAILABLE)");
        var failed =
                Fetched.<String, Long>ifAsked(
                                true, "clicks", () -> Uni.createFrom().failure(outage))
                        .await()
                        .indefinitely();
        assertSame(
                outage,
                assertThrows(
                        ApiGraphQLError.Unavailable.class,
                        () -> failed.map(byId -> byId.get("p1")).get()));
    }
}
