package com.creatorplatform.payout.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * How long payout runs take to compute, as {@code payout_run_duration_seconds} with buckets
 * (docs/adr/0072): from the moment an instance starts (or resumes) a run to the moment it has
 * nothing left to write, retries after failed chunks included.
 */
@ApplicationScoped
public class RunDurations {

    private final MeterRegistry metrics;
    private final Timer timer;

    RunDurations(MeterRegistry metrics) {
        this.metrics = metrics;
        this.timer =
                Timer.builder("payout.run.duration")
                        .description("Time to compute a payout run, retries included")
                        .serviceLevelObjectives(
                                Duration.ofSeconds(1),
                                Duration.ofSeconds(10),
                                Duration.ofMinutes(1),
                                Duration.ofMinutes(5),
                                Duration.ofMinutes(15),
                                Duration.ofHours(1))
                        .register(metrics);
    }

    Timer.Sample start() {
        return Timer.start(metrics);
    }

    void computed(Timer.Sample started) {
        started.stop(timer);
    }
}
