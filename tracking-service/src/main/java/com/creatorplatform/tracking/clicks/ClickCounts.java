package com.creatorplatform.tracking.clicks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The clicks this instance stored, as {@code tracking_clicks_stored_total{bot, unique}}, and those
 * it gave up at a stop, as {@code tracking_clicks_lost_total} (docs/adr/0072). Counted per stored
 * batch, after its commit, so a retried batch counts once.
 */
@Singleton
public class ClickCounts {

    private final Counter human;
    private final Counter humanUnique;
    private final Counter bot;
    private final Counter botUnique;
    private final Counter lost;

    ClickCounts(MeterRegistry metrics) {
        human = stored(metrics, false, false);
        humanUnique = stored(metrics, false, true);
        bot = stored(metrics, true, false);
        botUnique = stored(metrics, true, true);
        lost =
                Counter.builder("tracking.clicks.lost")
                        .description(
                                "Clicks answered but not stored when the instance stopped (the"
                                        + " database failed through the whole drain)")
                        .register(metrics);
    }

    private static Counter stored(MeterRegistry metrics, boolean bot, boolean unique) {
        return Counter.builder("tracking.clicks.stored")
                .description(
                        "Clicks stored, by whether a bot made them and whether they are unique")
                .tag("bot", String.valueOf(bot))
                .tag("unique", String.valueOf(unique))
                .register(metrics);
    }

    /** A batch has been committed. */
    void stored(List<Click> clicks) {
        long[] counts = new long[4];
        for (Click click : clicks) {
            counts[(click.bot() ? 2 : 0) + (click.unique() ? 1 : 0)]++;
        }
        human.increment(counts[0]);
        humanUnique.increment(counts[1]);
        bot.increment(counts[2]);
        botUnique.increment(counts[3]);
    }

    /**
     * A stop gave up on these clicks. Prometheus sees it only if it scrapes during the drain; the
     * ERROR log line says it too.
     */
    void lost(int clicks) {
        lost.increment(clicks);
    }
}
