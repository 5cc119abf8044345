package com.creatorplatform.gateway.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * How many requests each user may send: a bucket per user of {@code burst} requests, refilled at
 * {@code perSecond}. Memory stays bounded: past {@code users} buckets, those full again (users who
 * have paused for long enough to be back at their burst) are dropped, which loses nothing.
 */
final class RequestRate {

    private final double perSecond;
    private final double burst;
    private final int users;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RequestRate(double perSecond, double burst, int users, LongSupplier nanoTime) {
        this.perSecond = perSecond;
        this.burst = burst;
        this.users = users;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the user's bucket: false when it is empty. */
    boolean allow(String user) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= users) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(user, u -> new Bucket(now)).take(now);
    }

    int users() {
        return buckets.size();
    }

    private final class Bucket {
        private double tokens = burst;
        private long updatedNanos;

        Bucket(long now) {
            updatedNanos = now;
        }

        synchronized boolean take(long now) {
            refill(now);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updatedNanos) / 1e9 * perSecond);
            updatedNanos = now;
        }
    }
}
