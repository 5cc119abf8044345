package com.creatorplatform.tracking.clicks;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The clicks waiting in memory for the writer, and the redirects held back while there are more
 * than the limit. When the database falls behind, the redirect slows to the database's pace (each
 * held redirect answers once the writer has taken enough) instead of the queue growing until the
 * heap runs out, which would lose every queued click with the process.
 */
final class Backlog {

    private final int limit;
    private final AtomicInteger size;
    private final Queue<Runnable> held = new ConcurrentLinkedQueue<>();

    /** {@code size} is the counter to keep (a gauge may read it). */
    Backlog(int limit, AtomicInteger size) {
        this.limit = limit;
        this.size = size;
    }

    /**
     * One more click waits; {@code answer} runs now, or, past the limit, once the backlog is back
     * within it (on the caller's Vert.x context, when it has one).
     */
    void add(Runnable answer) {
        if (size.incrementAndGet() <= limit) {
            answer.run();
            return;
        }
        Context context = Vertx.currentContext();
        held.add(context == null ? answer : () -> context.runOnContext(ignored -> answer.run()));
        release(); // the writer may have taken clicks between the count and the hold
    }

    /** Clicks the writer gave back after a failed write: they wait again, holding nobody. */
    void returned(int clicks) {
        size.addAndGet(clicks);
    }

    /**
     * The writer took {@code clicks}: held redirects answer while the backlog is within the limit.
     */
    void taken(int clicks) {
        size.addAndGet(-clicks);
        release();
    }

    int size() {
        return size.get();
    }

    int held() {
        return held.size();
    }

    private void release() {
        Runnable next;
        while (size.get() <= limit && (next = held.poll()) != null) {
            next.run();
        }
    }
}
