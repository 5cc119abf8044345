package com.creatorplatform.tracking.click;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.pgclient.PgException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.inject.Singleton;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes clicks in batches so that the redirect never waits on the database: the redirect queues a
 * click and answers; every few milliseconds (or as soon as a batch is full) one multi-row INSERT
 * stores what is queued and adds it to the daily click rollup. A failed batch goes back to the
 * queue. On a graceful stop the queue is drained before the database pool closes, so every click
 * the redirect acknowledged is stored.
 *
 * <p>Singletons (this, {@link LinkDirectory}, CampaignStatuses) rather than application-scoped: the
 * redirect calls them per click, and a client proxy would look the instance up on every call.
 */
@Singleton
public class ClickWriter {

    private static final Logger LOG = Logger.getLogger(ClickWriter.class);

    // One statement per batch stores the clicks and adds to the daily rollup exactly the clicks it
    // inserted, so a retried batch can neither store a click twice nor count it twice. It first runs
    // without skipping stored clicks (checking each click for a conflict costs the database about a
    // fifth of the insert); only a batch that meets a stored click, as a retry after a lost answer
    // can, runs again skipping them.
    private static final String INSERT_TEMPLATE = """
            with inserted as (
                insert into click (id, clicked_at, brand_id, link_id, campaign_id, creator_id, post_id, platform, visitor_id,
                                   ip_hash, user_agent, referrer, is_bot, is_unique, campaign_status)
                select * from unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::uuid[],
                                     $8::text[], $9::uuid[], $10::text[], $11::text[], $12::text[], $13::bool[], $14::bool[],
                                     $15::text[])
                %s
                returning clicked_at, brand_id, campaign_id, creator_id, post_id, platform, is_bot, is_unique)
            insert into click_daily (brand_id, day, campaign_id, creator_id, post_id, platform, clicks, unique_clicks, bot_clicks)
            select brand_id, (clicked_at at time zone 'UTC')::date, campaign_id, creator_id,
                   coalesce(post_id, '00000000-0000-0000-0000-000000000000'), coalesce(platform, ''), count(*),
                   count(*) filter (where is_unique and not is_bot), count(*) filter (where is_bot)
            from inserted
            group by 1, 2, 3, 4, 5, 6
            -- rows locked in key order, so writers of several instances cannot deadlock on them
            order by 1, 2, 3, 4, 5, 6
            on conflict (brand_id, day, campaign_id, creator_id, post_id, platform) do update
            set clicks = click_daily.clicks + excluded.clicks,
                unique_clicks = click_daily.unique_clicks + excluded.unique_clicks,
                bot_clicks = click_daily.bot_clicks + excluded.bot_clicks""";
    private static final String INSERT = INSERT_TEMPLATE.formatted("");
    private static final String INSERT_SKIPPING_STORED = INSERT_TEMPLATE.formatted("on conflict (id) do nothing");

    private final Pool db;
    private final Vertx vertx;
    private final int batchSize;
    private final int maxBatchSize;
    private final Duration interval;
    private final ConcurrentLinkedQueue<Click> queue = new ConcurrentLinkedQueue<>();
    private final Backlog backlog;
    private final int writers;
    private final AtomicInteger writing = new AtomicInteger();
    private long timer;

    ClickWriter(Pool db, Vertx vertx, MeterRegistry metrics,
            @ConfigProperty(name = "tracking.clicks.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "tracking.clicks.max-batch-size", defaultValue = "5000") int maxBatchSize,
            @ConfigProperty(name = "tracking.clicks.flush-interval", defaultValue = "PT0.02S") Duration interval,
            @ConfigProperty(name = "tracking.clicks.max-backlog", defaultValue = "100000") int maxBacklog,
            @ConfigProperty(name = "tracking.clicks.writers", defaultValue = "2") int writers) {
        this.db = db;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.maxBatchSize = Math.max(batchSize, maxBatchSize);
        this.interval = interval;
        this.writers = Math.max(1, writers);
        this.backlog = new Backlog(maxBacklog, metrics.gauge("tracking.clicks.pending", new AtomicInteger()));
    }

    @PostConstruct
    void startTimer() {
        timer = vertx.setPeriodic(interval.toMillis(), id -> writeNext());
    }

    /**
     * Queues the click; {@code answer} (the redirect's response) runs at once, or later when too many
     * clicks wait to be stored (see {@link Backlog}).
     */
    public void enqueue(Click click, Runnable answer) {
        queue.add(click);
        backlog.add(answer);
        if (backlog.size() >= batchSize) {
            writeNext();
        }
    }

    /** Nothing queued (the gauge tracking_clicks_pending counts what is) and no write under way. */
    public boolean idle() {
        return backlog.size() == 0 && writing.get() == 0;
    }

    /**
     * Writes one batch unless all writers are busy (the next tick, or the next write to end, picks up
     * the rest). More than one writer: a single database connection gets only its share of a busy
     * machine's cores, and while one batch waits for its commit another can be inserting.
     */
    private void writeNext() {
        if (queue.isEmpty() || !startWrite()) {
            return;
        }
        List<Click> batch = take();
        if (batch.isEmpty()) { // the other writer took what was queued
            writing.decrementAndGet();
            return;
        }
        write(batch).subscribe().with(
                stored -> {
                    writing.decrementAndGet();
                    if (backlog.size() >= batchSize) {
                        writeNext();
                    }
                },
                failure -> {
                    LOG.errorf(failure, "could not store %d clicks; they stay queued and are retried", batch.size());
                    giveBack(batch);
                    writing.decrementAndGet();
                });
    }

    private boolean startWrite() {
        int busy;
        do {
            busy = writing.get();
            if (busy >= writers) {
                return false;
            }
        } while (!writing.compareAndSet(busy, busy + 1));
        return true;
    }

    /**
     * Up to the largest batch: a write starts once a batch's worth is queued, but when more has piled
     * up meanwhile (the previous write's commit waits on the disk), one larger batch takes it, so the
     * writer keeps pace with fewer commits instead of falling behind one commit per small batch.
     */
    private List<Click> take() {
        var batch = new ArrayList<Click>(Math.min(maxBatchSize, Math.max(batchSize, backlog.size())));
        Click click;
        while (batch.size() < maxBatchSize && (click = queue.poll()) != null) {
            batch.add(click);
        }
        backlog.taken(batch.size());
        return batch;
    }

    private void giveBack(List<Click> batch) {
        queue.addAll(batch);
        backlog.returned(batch.size());
    }

    private Uni<Integer> write(List<Click> batch) {
        int n = batch.size();
        var ids = new UUID[n];
        var at = new OffsetDateTime[n];
        var brand = new UUID[n];
        var link = new UUID[n];
        var campaign = new UUID[n];
        var creator = new UUID[n];
        var post = new UUID[n];
        var platform = new String[n];
        var visitor = new UUID[n];
        var ip = new String[n];
        var ua = new String[n];
        var ref = new String[n];
        var bot = new Boolean[n];
        var unique = new Boolean[n];
        var status = new String[n];
        for (int i = 0; i < n; i++) {
            Click c = batch.get(i);
            ids[i] = c.id();
            at[i] = utc(c.at());
            brand[i] = c.link().brandId();
            link[i] = c.link().linkId();
            campaign[i] = c.link().campaignId();
            creator[i] = c.link().creatorId();
            post[i] = c.link().postId();
            platform[i] = c.link().platform();
            visitor[i] = c.visitorId();
            ip[i] = c.ipHash();
            ua[i] = c.userAgent();
            ref[i] = c.referrer();
            bot[i] = c.bot();
            unique[i] = c.unique();
            status[i] = c.campaignStatus().name();
        }
        Tuple params = Tuple.tuple()
                .addArrayOfUUID(ids).addArrayOfOffsetDateTime(at).addArrayOfUUID(brand).addArrayOfUUID(link)
                .addArrayOfUUID(campaign).addArrayOfUUID(creator).addArrayOfUUID(post).addArrayOfString(platform).addArrayOfUUID(visitor)
                .addArrayOfString(ip).addArrayOfString(ua).addArrayOfString(ref).addArrayOfBoolean(bot).addArrayOfBoolean(unique)
                .addArrayOfString(status);
        return db.preparedQuery(INSERT).execute(params)
                .onFailure(ClickWriter::isStoredAlready).recoverWithUni(() -> db.preparedQuery(INSERT_SKIPPING_STORED).execute(params))
                .map(rows -> n);
    }

    private static boolean isStoredAlready(Throwable failure) {
        return failure instanceof PgException pg && "23505".equals(pg.getSqlState()) && "click_pkey".equals(pg.getConstraint());
    }

    /** Instant.atOffset builds the offset's rules object for every call; this does not. */
    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.of(LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /**
     * Before the pool closes: stop the timer and store everything still queued, retrying a failed
     * batch a few times. Runs after the HTTP server has stopped taking requests (graceful shutdown).
     */
    void drainOnStop(@Observes @Priority(1) ShutdownEvent stop) throws InterruptedException {
        vertx.cancelTimer(timer);
        for (int i = 0; i < 1000 && writing.get() > 0; i++) {
            Thread.sleep(10); // a batch in flight either lands or comes back to the queue
        }
        int attempts = 0;
        while (!queue.isEmpty() && attempts < 20) {
            List<Click> batch = take();
            try {
                write(batch).await().atMost(Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                attempts++;
                LOG.warnf(e, "retrying %d clicks while stopping", batch.size());
                giveBack(batch);
            }
        }
        if (!queue.isEmpty()) {
            LOG.errorf("stopping with %d clicks unstored after repeated failures", backlog.size());
        } else {
            LOG.info("all queued clicks stored before stopping");
        }
    }
}
