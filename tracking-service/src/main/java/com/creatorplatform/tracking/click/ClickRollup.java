package com.creatorplatform.tracking.click;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a batch of stored clicks adds to the daily click rollup (table click_daily, which reports
 * read instead of raw clicks): per brand, UTC day, campaign, creator, post and platform, the clicks,
 * the unique human ones and the bots. A click of no post counts under the nil id and of no known
 * platform under the empty name, so that every dimension is part of the table's primary key.
 */
public final class ClickRollup {

    static final UUID NO_POST = new UUID(0, 0);

    public record Key(UUID brandId, LocalDate day, UUID campaignId, UUID creatorId, UUID postId, String platform) {
    }

    public record Counts(long clicks, long uniqueClicks, long botClicks) {

        static Counts of(Click click) {
            return new Counts(1, click.unique() && !click.bot() ? 1 : 0, click.bot() ? 1 : 0);
        }

        Counts plus(Counts other) {
            return new Counts(clicks + other.clicks, uniqueClicks + other.uniqueClicks, botClicks + other.botClicks);
        }
    }

    // Every writer adds in this one order, so writers of several instances lock rows in the same order
    // and cannot deadlock on them.
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::brandId).thenComparing(Key::day)
            .thenComparing(Key::campaignId).thenComparing(Key::creatorId).thenComparing(Key::postId).thenComparing(Key::platform);

    private ClickRollup() {
    }

    /** The counts of {@code clicks}, each counted once, in the order rows are to be updated. */
    public static Map<Key, Counts> of(Collection<Click> clicks) {
        var counts = new TreeMap<Key, Counts>(ORDER);
        for (Click click : clicks) {
            counts.merge(keyOf(click), Counts.of(click), Counts::plus);
        }
        return counts;
    }

    static Key keyOf(Click click) {
        LinkTarget link = click.link();
        return new Key(link.brandId(), utcDay(click.at()), link.campaignId(), link.creatorId(),
                link.postId() == null ? NO_POST : link.postId(), link.platform() == null ? "" : link.platform());
    }

    /** LocalDate.ofInstant would build the UTC offset's rules object for every click. */
    private static LocalDate utcDay(Instant at) {
        return LocalDate.ofEpochDay(Math.floorDiv(at.getEpochSecond(), 86_400L));
    }
}
