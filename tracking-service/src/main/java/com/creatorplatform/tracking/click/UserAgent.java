package com.creatorplatform.tracking.click;

import java.nio.charset.StandardCharsets;

/**
 * A user agent as clicks carry it to the database: its text (null when the request sent none),
 * that text encoded once, and whether it is a bot's. Clicks of the same browser share one
 * ({@link KnownAgents}), so a queued click holds no copy of its own.
 */
record UserAgent(String text, byte[] utf8, boolean bot) {

    static UserAgent of(String text, boolean bot) {
        return new UserAgent(text, text == null ? null : text.getBytes(StandardCharsets.UTF_8), bot);
    }
}
