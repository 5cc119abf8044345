package com.creatorplatform.campaign.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Applies the calendar's missed-post rule periodically ({@code campaign.missed-posts.every}; "off"
 * disables it).
 */
@ApplicationScoped
public class MissedPostSweep {

    private final ContentCalendar calendar;

    MissedPostSweep(ContentCalendar calendar) {
        this.calendar = calendar;
    }

    @Scheduled(
            identity = "missed-posts",
            every = "${campaign.missed-posts.every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return calendar.markMissed().replaceWithVoid();
    }
}
