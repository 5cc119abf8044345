package com.creatorplatform.tracking.clicks;

import com.creatorplatform.tracking.client.BrandSettings;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jctools.queues.MpmcUnboundedXaddArrayQueue;
import org.postgresql.PGConnection;

/**
 * Writes clicks in batches so that the redirect never waits on the database: the redirect queues a
 * click and answers; every few milliseconds (or as soon as a batch is full) one transaction decides
 * which of the queued clicks are unique ({@link UniqueClicks}), copies them into the click table
 * and adds them to the daily click rollup. A failed batch is retried whole, and stored once however
 * often it is tried. On a graceful stop the queue is drained before the database pool closes, so
 * every click the redirect acknowledged is stored.
 *
 * <p>It writes through JDBC, on threads of its own, because COPY ({@link ClickCopy}) is what the
 * reactive client cannot do.
 *
 * <p>Singletons (this, {@link LinkDirectory}, CampaignStatuses) rather than application-scoped: the
 * redirect calls them per click, and a client proxy would look the instance up on every call.
 */
@Singleton
public class ClickWriter {

    private static final Logger LOG = Logger.getLogger(ClickWriter.class);

    private static final String ADD_TO_ROLLUP =
            """
            insert into click_daily (brand_id, day, campaign_id, creator_id, post_id, platform, clicks, unique_clicks, bot_clicks)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (brand_id, day, campaign_id, creator_id, post_id, platform) do update
            set clicks = click_daily.clicks + excluded.clicks,
                unique_clicks = click_daily.unique_clicks + excluded.unique_clicks,
                bot_clicks = click_daily.bot_clicks + excluded.bot_clicks""";
    // A batch is stored once: a retry after a lost answer to its commit finds its id taken (and,
    // while
    // the first attempt's transaction is still open, waits for it to end).
    private static final String CLAIM_BATCH =
            "insert into click_batch (id, stored_at) values (?, now()) on conflict (id) do nothing";
    // Agents in one order, so that writers of several instances storing the same ones cannot
    // deadlock.
    private static final String STORE_AGENTS =
            "insert into user_agent (id, text) select * from unnest(?::bigint[], ?::text[])"
                    + " order by 1 on conflict (id) do nothing";
    // A batch is retried within the life of the process that queued it; a week is ample.
    private static final String FORGET_OLD_BATCHES =
            "delete from click_batch where stored_at < now() - interval '7 days'";

    private final AgroalDataSource db;
    private final Vertx vertx;
    private final int batchSize;
    private final int maxBatchSize;
    private final Duration interval;
    // In chunks of slots rather than a node per click: the queue is what the garbage collector
    // copies.
    private final Queue<Click> queue = new MpmcUnboundedXaddArrayQueue<>(4096);
    // A failed batch is retried whole, under its id, before new clicks.
    private final Queue<Batch> retries = new ConcurrentLinkedQueue<>();
    private final Backlog backlog;
    private final int writers;
    private final ExecutorService writerThreads;
    private final AtomicInteger writing = new AtomicInteger();
    private final Duration drainTimeout;
    private final ClickCounts counts;
    private final BrandSettings brands;
    private long timer;

    ClickWriter(
            AgroalDataSource db,
            Vertx vertx,
            MeterRegistry metrics,
            ClickCounts counts,
            BrandSettings brands,
            @ConfigProperty(name = "tracking.clicks.batch-size", defaultValue = "5000")
                    int batchSize,
            @ConfigProperty(name = "tracking.clicks.max-batch-size", defaultValue = "10000")
                    int maxBatchSize,
            @ConfigProperty(name = "tracking.clicks.flush-interval", defaultValue = "PT0.02S")
                    Duration interval,
            @ConfigProperty(name = "tracking.clicks.max-backlog", defaultValue = "100000")
                    int maxBacklog,
            @ConfigProperty(name = "tracking.clicks.writers", defaultValue = "1") int writers,
            @ConfigProperty(name = "tracking.clicks.drain-timeout", defaultValue = "PT30S")
                    Duration drainTimeout) {
        this.db = db;
        this.drainTimeout = drainTimeout;
        this.counts = counts;
        this.brands = brands;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.maxBatchSize = Math.max(batchSize, maxBatchSize);
        this.interval = interval;
        this.writers = Math.max(1, writers);
        this.writerThreads =
                Executors.newFixedThreadPool(
                        this.writers,
                        task -> {
                            var thread = new Thread(task, "click-writer");
                            thread.setDaemon(true);
                            return thread;
                        });
        this.backlog =
                new Backlog(
                        maxBacklog, metrics.gauge("tracking.clicks.pending", new AtomicInteger()));
    }

    @PostConstruct
    void startTimer() {
        timer = vertx.setPeriodic(interval.toMillis(), id -> writeNext());
    }

    /**
     * Queues the click; {@code answer} (the redirect's response) runs at once, or later when too
     * many clicks wait to be stored (see {@link Backlog}).
     */
    public void enqueue(Click click, Runnable answer) {
        queue.add(click);
        backlog.add(answer);
        if (backlog.size() >= batchSize) {
            writeNext();
        }
    }

    /** Clicks stored together, in one transaction, once: {@code id} makes a retry harmless. */
    record Batch(UUID id, List<Click> clicks) {

        static Batch of(List<Click> clicks) {
            return new Batch(UUID.randomUUID(), clicks);
        }
    }

    /**
     * Writes one batch unless all writers are busy (the next tick, or the next write to end, picks
     * up the rest). One writer by default: two copying into the same index pages at once, each with
     * smaller batches, cost the database more per click (bench/RESULTS.md); more writers are for a
     * database that one connection cannot keep busy.
     */
    private void writeNext() {
        if ((queue.isEmpty() && retries.isEmpty()) || !startWrite()) {
            return;
        }
        Batch batch = next();
        if (batch.clicks().isEmpty()) { // another writer took what was queued
            writing.decrementAndGet();
            return;
        }
        try {
            writerThreads.execute(
                    () -> {
                        try {
                            store(batch);
                        } catch (SQLException | RuntimeException failure) {
                            LOG.errorf(
                                    failure,
                                    "could not store %d clicks; they stay queued and are retried",
                                    batch.clicks().size());
                            giveBack(batch);
                        } finally {
                            writing.decrementAndGet();
                        }
                        if (backlog.size() >= batchSize) {
                            writeNext();
                        }
                    });
        } catch (RejectedExecutionException stopping) { // the stop's drain stores them
            giveBack(batch);
            writing.decrementAndGet();
        }
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

    /** A batch to retry, or else a new one of queued clicks. */
    private Batch next() {
        Batch retry = retries.poll();
        if (retry != null) {
            backlog.taken(retry.clicks().size());
            return retry;
        }
        return Batch.of(take());
    }

    /**
     * Up to the largest batch: a write starts once a batch's worth is queued, but when more has
     * piled up meanwhile (the previous write's commit waits on the disk), one larger batch takes
     * it, so the writer keeps pace with fewer commits instead of falling behind one commit per
     * small batch.
     */
    private List<Click> take() {
        var batch =
                new ArrayList<Click>(Math.min(maxBatchSize, Math.max(batchSize, backlog.size())));
        Click click;
        while (batch.size() < maxBatchSize && (click = queue.poll()) != null) {
            batch.add(click);
        }
        backlog.taken(batch.size());
        return batch;
    }

    private void giveBack(Batch batch) {
        retries.add(batch);
        backlog.returned(batch.clicks().size());
    }

    /**
     * Stores the batch, decides which of its clicks are unique, and adds them to the rollup, in one
     * transaction, unless it was stored before (a retry whose first attempt committed), so no click
     * is stored or counted twice.
     */
    void store(Batch batch) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<UserAgent> agents = List.of();
                boolean claimed = claim(connection, batch.id());
                if (claimed) {
                    agents = storeNewAgents(connection, batch.clicks());
                    UniqueClicks.decide(connection, batch.clicks());
                    ClickCopy.copy(connection.unwrap(PGConnection.class), batch.clicks());
                    addToRollup(connection, batch.clicks(), zonesOf(batch.clicks()));
                }
                connection.commit();
                agents.forEach(UserAgent::markStored);
                if (claimed) {
                    counts.stored(batch.clicks());
                }
            } catch (SQLException failure) {
                connection.rollback();
                throw failure;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean claim(Connection connection, UUID batchId) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement(CLAIM_BATCH)) {
            claim.setObject(1, batchId);
            return claim.executeUpdate() == 1;
        }
    }

    /**
     * Stores the texts of the batch's user agents that this process has not stored yet (the clicks
     * name them by id).
     */
    private static List<UserAgent> storeNewAgents(Connection connection, List<Click> clicks)
            throws SQLException {
        var agents = new ArrayList<UserAgent>();
        var seen = Collections.newSetFromMap(new IdentityHashMap<UserAgent, Boolean>());
        for (Click click : clicks) {
            UserAgent agent = click.userAgent();
            if (agent.text() != null && !agent.stored() && seen.add(agent)) {
                agents.add(agent);
            }
        }
        if (agents.isEmpty()) {
            return agents;
        }
        try (PreparedStatement store = connection.prepareStatement(STORE_AGENTS)) {
            store.setArray(
                    1,
                    connection.createArrayOf(
                            "bigint", agents.stream().map(UserAgent::id).toArray()));
            store.setArray(
                    2,
                    connection.createArrayOf(
                            "text", agents.stream().map(UserAgent::text).toArray()));
            store.executeUpdate();
        }
        return agents;
    }

    /** The time zones of the batch's brands, which the rollup's days follow (ADR 0066). */
    private Map<UUID, ZoneId> zonesOf(List<Click> clicks) {
        var brandIds = new HashSet<UUID>();
        for (Click click : clicks) {
            brandIds.add(click.link().brandId());
        }
        return brands.zonesNow(brandIds);
    }

    private static void addToRollup(
            Connection connection, List<Click> clicks, Map<UUID, ZoneId> zones)
            throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD_TO_ROLLUP)) {
            for (Map.Entry<ClickRollup.Key, ClickRollup.Counts> row :
                    ClickRollup.of(clicks, zones::get).entrySet()) {
                ClickRollup.Key key = row.getKey();
                add.setObject(1, key.brandId());
                add.setDate(2, Date.valueOf(key.day()));
                add.setObject(3, key.campaignId());
                add.setObject(4, key.creatorId());
                add.setObject(5, key.postId());
                add.setString(6, key.platform());
                add.setLong(7, row.getValue().clicks());
                add.setLong(8, row.getValue().uniqueClicks());
                add.setLong(9, row.getValue().botClicks());
                add.addBatch();
            }
            add.executeBatch();
        }
    }

    /**
     * Forgets the ids of batches stored long ago (no retry of theirs can still come) and the
     * unique-click claims of hours long past.
     */
    @Scheduled(every = "1h", delayed = "1m")
    void forgetOldBatches() throws SQLException {
        try (Connection connection = db.getConnection();
                var statement = connection.createStatement()) {
            int forgotten = statement.executeUpdate(FORGET_OLD_BATCHES);
            int claims = statement.executeUpdate(UniqueClicks.FORGET_OLD_CLAIMS);
            LOG.debugf(
                    "forgot %d stored click batches and %d unique-click claims", forgotten, claims);
        }
    }

    /**
     * Before the pool closes: stop the timer and store everything still queued, retrying a failed
     * batch a few times. Runs after the HTTP server has stopped taking requests (graceful
     * shutdown). Bounded by {@code tracking.clicks.drain-timeout} (plus at most one attempt under
     * way), so that the pod's grace period can be set above it (k8s/overlays/prod).
     */
    void drainOnStop(@Observes @Priority(1) ShutdownEvent stop) throws InterruptedException {
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        vertx.cancelTimer(timer);
        writerThreads.shutdown();
        writerThreads.awaitTermination(
                Math.min(10_000, drainTimeout.toMillis()), TimeUnit.MILLISECONDS);
        int attempts = 0;
        while ((!queue.isEmpty() || !retries.isEmpty() || writing.get() > 0)
                && attempts < 20
                && System.nanoTime() - deadline < 0) {
            if (queue.isEmpty() && retries.isEmpty()) {
                Thread.sleep(10); // a batch in flight either lands or comes back to be retried
                continue;
            }
            Batch batch = next();
            try {
                store(batch);
            } catch (SQLException | RuntimeException e) {
                attempts++;
                LOG.warnf(e, "retrying %d clicks while stopping", batch.clicks().size());
                giveBack(batch);
            }
        }
        if (!queue.isEmpty() || !retries.isEmpty()) {
            LOG.errorf("stopping with %d clicks unstored after repeated failures", backlog.size());
            counts.lost(backlog.size());
        } else {
            LOG.info("all queued clicks stored before stopping");
        }
    }
}
