package com.creatorplatform.tracking.click;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownAgentsTest {

    private static final String SAFARI = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

    @Test
    void givesTheDetectorsVerdictTheFirstTimeAndEveryTimeAfter() {
        var agents = new KnownAgents(2);
        for (int i = 0; i < 3; i++) {
            assertFalse(agents.isBot(SAFARI));
            assertTrue(agents.isBot("Googlebot/2.1 (+http://www.google.com/bot.html)"));
            assertTrue(agents.isBot("curl/8.5.0"), "a third agent fills the memory, which starts over");
            assertTrue(agents.isBot(null));
        }
    }
}
