package com.creatorplatform.campaign.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code base · 2^(failed attempts − 1)}, at most {@code
 * cap} later; after {@code maxAttempts} failures it is given up (replay may still send it).
 */
public record WebhookRetry(Duration base, Duration cap, int maxAttempts) {

    public WebhookRetry {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "webhook retries need 0 < base <= cap and at least one attempt");
        }
    }

    /** When to try again after the {@code failedAttempts}-th failure; empty to give up. */
    public Optional<Instant> next(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        // Beyond 2^30 the cap decides anyway; the shift must not overflow.
        int exponent = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = base.multipliedBy(1L << exponent);
        return Optional.of(now.plus(wait.compareTo(cap) > 0 ? cap : wait));
    }
}
