package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WebhookRetryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private final WebhookRetry retry =
            new WebhookRetry(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);

    @Test
    void eachFailureDoublesTheWaitUpToTheCap() {
        assertEquals(Optional.of(NOW.plusSeconds(30)), retry.next(1, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(60)), retry.next(2, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(240)), retry.next(4, NOW));
        assertEquals(Optional.of(NOW.plusSeconds(300)), retry.next(5, NOW), "capped");
    }

    @Test
    void theLastAttemptGivesUp() {
        assertEquals(Optional.empty(), retry.next(6, NOW));
        assertEquals(
                Optional.of(NOW.plus(Duration.ofHours(1))),
                new WebhookRetry(Duration.ofSeconds(1), Duration.ofHours(1), 100).next(99, NOW),
                "a large exponent does not overflow");
    }

    @Test
    void aBaseAboveTheCapIsAMistake() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new WebhookRetry(Duration.ofMinutes(2), Duration.ofMinutes(1), 3));
    }
}
