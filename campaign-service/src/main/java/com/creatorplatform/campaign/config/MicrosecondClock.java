package com.creatorplatform.campaign.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;

/**
 * This service's clock ticks in microseconds, the precision PostgreSQL keeps, so that the times a
 * write answers are the times every later read answers (a retried accept returns an equal record).
 */
@Dependent
public class MicrosecondClock {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
