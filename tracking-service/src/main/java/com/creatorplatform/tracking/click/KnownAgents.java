package com.creatorplatform.tracking.click;

import com.creatorplatform.tracking.domain.BotDetector;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bot verdicts of the user agents seen lately. Browsers send few distinct user agents, so most
 * redirects look theirs up instead of searching it for every crawler's marker. Bounded: when full
 * it starts over, so a flood of made-up user agents costs only the search it would have cost anyway.
 */
final class KnownAgents {

    private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();
    private final int max;

    KnownAgents(int max) {
        this.max = max;
    }

    boolean isBot(String userAgent) {
        if (userAgent == null) {
            return BotDetector.isBot(null);
        }
        Boolean known = verdicts.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = BotDetector.isBot(userAgent);
        if (verdicts.size() >= max) {
            verdicts.clear();
        }
        verdicts.put(userAgent, bot);
        return bot;
    }
}
