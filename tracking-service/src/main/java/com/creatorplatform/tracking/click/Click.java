package com.creatorplatform.tracking.click;

import java.time.Instant;
import java.util.UUID;

/** One click as the redirect saw it, waiting to be written. */
public record Click(UUID id, Instant at, LinkTarget link, UUID visitorId, String ipHash, String userAgent, String referrer,
        boolean bot, boolean unique) {
}
