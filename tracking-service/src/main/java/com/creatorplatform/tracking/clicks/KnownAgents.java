package com.creatorplatform.tracking.clicks;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The user agents seen lately, with their bot verdicts. Browsers send few distinct user agents, so
 * most redirects look theirs up instead of searching it for every crawler's marker, and their
 * clicks share one copy while they wait to be written. Bounded: when full it starts over, so a
 * flood of made-up user agents costs only the search and the text's hash it would have cost anyway.
 */
final class KnownAgents {

    private static final UserAgent NONE = UserAgent.of(null, BotDetector.isBot(null));

    private final ConcurrentHashMap<String, UserAgent> known = new ConcurrentHashMap<>();
    private final int max;

    KnownAgents(int max) {
        this.max = max;
    }

    UserAgent of(String userAgent) {
        if (userAgent == null) {
            return NONE;
        }
        UserAgent agent = known.get(userAgent);
        if (agent != null) {
            return agent;
        }
        agent = UserAgent.of(userAgent, BotDetector.isBot(userAgent));
        if (known.size() >= max) {
            known.clear();
        }
        known.put(userAgent, agent);
        return agent;
    }
}
