package com.creatorplatform.tracking.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KnownAgentsTest {

    private static final String SAFARI =
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";

    @Test
    void givesTheDetectorsVerdictTheFirstTimeAndEveryTimeAfter() {
        var agents = new KnownAgents(2);
        for (int i = 0; i < 3; i++) {
            assertFalse(agents.of(SAFARI).bot());
            assertTrue(agents.of("Googlebot/2.1 (+http://www.google.com/bot.html)").bot());
            assertTrue(
                    agents.of("curl/8.5.0").bot(),
                    "a third agent fills the memory, which starts over");
            assertTrue(agents.of(null).bot());
        }
    }

    @Test
    void clicksOfOneBrowserShareOneCopyOfItsUserAgent_namedByItsText() {
        var agents = new KnownAgents(10);
        UserAgent first = agents.of(new String(SAFARI));
        UserAgent again = agents.of(new String(SAFARI));

        assertSame(first, again);
        assertEquals(
                UserAgent.of(SAFARI, false).id(),
                new KnownAgents(10).of(SAFARI).id(),
                "any instance names it alike");
        assertNotEquals(first.id(), agents.of(SAFARI + " Safari/604.1").id());
        assertNull(agents.of(null).text());
    }
}
