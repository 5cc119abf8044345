package com.creatorplatform.payout.feed;

import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in a test profile that selects it: the system's, until a test moves it (e.g.
 * past a month's end).
 */
@Alternative
@Singleton
public class MovableClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant now) {
        fixed = now;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        Instant now = fixed;
        return now == null ? Instant.now() : now;
    }
}
