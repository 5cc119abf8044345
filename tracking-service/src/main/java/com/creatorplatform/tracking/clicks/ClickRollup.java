package com.creatorplatform.tracking.clicks;

import com.creatorplatform.tracking.reports.ReportDays;
import com.creatorplatform.tracking.reports.RollupKeys;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a batch of stored clicks adds to the daily click rollup (table click_daily, which reports
 * read instead of raw clicks): per brand, day in the brand's time zone ({@link ReportDays}),
 * campaign, creator, post and platform, the clicks, the unique human ones and the bots. A click of
 * no post counts under the nil id and of no known platform under the empty name, so that every
 * dimension is part of the table's primary key.
 */
public final class ClickRollup {

    public record Key(
            UUID brandId,
            LocalDate day,
            UUID campaignId,
            UUID creatorId,
            UUID postId,
            String platform) {}

    public record Counts(long clicks, long uniqueClicks, long botClicks) {}

    // Every writer adds in this one order, so writers of several instances lock rows in the same
    // order
    // and cannot deadlock on them.
    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::brandId)
                    .thenComparing(Key::day)
                    .thenComparing(Key::campaignId)
                    .thenComparing(Key::creatorId)
                    .thenComparing(Key::postId)
                    .thenComparing(Key::platform);

    private ClickRollup() {}

    /**
     * The counts of {@code clicks}, each counted once, in the order rows are to be updated; {@code
     * zones} gives each brand's time zone.
     */
    public static Map<Key, Counts> of(Collection<Click> clicks, Function<UUID, ZoneId> zones) {
        var counts = new HashMap<Key, long[]>();
        // Consecutive clicks on one link and day (a post's link is clicked in bursts) add to the
        // counters found for the first of them, without a lookup each.
        LinkTarget link = null;
        LocalDate day = null;
        long[] current = null;
        for (Click click : clicks) {
            LocalDate clickDay =
                    ReportDays.dayOfMicros(
                            click.epochMicros(), zones.apply(click.link().brandId()));
            if (click.link() != link || !clickDay.equals(day)) {
                link = click.link();
                day = clickDay;
                current = counts.computeIfAbsent(keyOf(link, day), key -> new long[3]);
            }
            current[0]++;
            if (click.unique() && !click.bot()) {
                current[1]++;
            }
            if (click.bot()) {
                current[2]++;
            }
        }
        var ordered = new LinkedHashMap<Key, Counts>();
        counts.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(ORDER))
                .forEach(
                        row ->
                                ordered.put(
                                        row.getKey(),
                                        new Counts(
                                                row.getValue()[0],
                                                row.getValue()[1],
                                                row.getValue()[2])));
        return ordered;
    }

    private static Key keyOf(LinkTarget link, LocalDate day) {
        return new Key(
                link.brandId(),
                day,
                link.campaignId(),
                link.creatorId(),
                link.postId() == null ? RollupKeys.NO_POST : link.postId(),
                link.platform() == null ? RollupKeys.NO_PLATFORM : link.platform());
    }
}
