package com.creatorplatform.gateway.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestRateTest {

    private final AtomicLong clock = new AtomicLong();
    private final RequestRate rate = new RequestRate(10, 3, 2, clock::get);

    @Test
    void aUserMaySendABurstThenAtTheRefillRate() {
        assertTrue(rate.allow("ann") && rate.allow("ann") && rate.allow("ann"));
        assertFalse(rate.allow("ann"), "the burst of 3 is spent");
        assertTrue(rate.allow("ben"), "another user has a bucket of their own");

        clock.addAndGet(100_000_000); // 0.1 s: one request at 10 per second
        assertTrue(rate.allow("ann"));
        assertFalse(rate.allow("ann"));

        clock.addAndGet(10_000_000_000L); // a long pause refills to the burst, not beyond
        int allowed = 0;
        while (rate.allow("ann")) {
            allowed++;
        }
        assertEquals(3, allowed);
    }

    @Test
    void bucketsOfUsersBackAtTheirBurstAreDroppedPastTheBound() {
        rate.allow("ann");
        rate.allow("ben");
        clock.addAndGet(1_000_000_000L);
        rate.allow("cleo");
        assertEquals(1, rate.users(), "ann's and ben's full buckets were dropped for cleo's");
        assertTrue(rate.allow("ann"), "a dropped bucket starts full");
    }
}
