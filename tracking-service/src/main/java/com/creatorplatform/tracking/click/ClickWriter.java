package com.creatorplatform.tracking.click;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;

/**
 * Writes clicks in batches so that the redirect never waits on the database: the redirect queues a
 * click and answers; every few milliseconds (or as soon as a batch is full) one transaction copies
 * what is queued into the click table and adds it to the daily click rollup. A failed batch goes
 * back to the queue. On a graceful stop the queue is drained before the database pool closes, so
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

    private static final String ADD_TO_ROLLUP = """
            insert into click_daily (brand_id, day, campaign_id, creator_id, post_id, platform, clicks, unique_clicks, bot_clicks)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (brand_id, day, campaign_id, creator_id, post_id, platform) do update
            set clicks = click_daily.clicks + excluded.clicks,
                unique_clicks = click_daily.unique_clicks + excluded.unique_clicks,
                bot_clicks = click_daily.bot_clicks + excluded.bot_clicks""";
    // A batch meeting a stored click (a retry after a lost answer to its commit) goes through a
    // table of its own first, so that only the clicks not stored yet are stored and counted.
    private static final String INCOMING = "create temporary table incoming_click (like click) on commit drop";
    private static final String STORE_INCOMING = "insert into click select * from incoming_click on conflict (id) do nothing returning id";

    private final AgroalDataSource db;
    private final Vertx vertx;
    private final int batchSize;
    private final int maxBatchSize;
    private final Duration interval;
    private final ConcurrentLinkedQueue<Click> queue = new ConcurrentLinkedQueue<>();
    private final Backlog backlog;
    private final int writers;
    private final ExecutorService writerThreads;
    private final AtomicInteger writing = new AtomicInteger();
    private long timer;

    ClickWriter(AgroalDataSource db, Vertx vertx, MeterRegistry metrics,
            @ConfigProperty(name = "tracking.clicks.batch-size", defaultValue = "2000") int batchSize,
            @ConfigProperty(name = "tracking.clicks.max-batch-size", defaultValue = "5000") int maxBatchSize,
            @ConfigProperty(name = "tracking.clicks.flush-interval", defaultValue = "PT0.02S") Duration interval,
            @ConfigProperty(name = "tracking.clicks.max-backlog", defaultValue = "100000") int maxBacklog,
            @ConfigProperty(name = "tracking.clicks.writers", defaultValue = "1") int writers) {
        this.db = db;
        this.vertx = vertx;
        this.batchSize = batchSize;
        this.maxBatchSize = Math.max(batchSize, maxBatchSize);
        this.interval = interval;
        this.writers = Math.max(1, writers);
        this.writerThreads = Executors.newFixedThreadPool(this.writers, task -> {
            var thread = new Thread(task, "click-writer");
            thread.setDaemon(true);
            return thread;
        });
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
     * the rest). One writer by default: two copying into the same index pages at once, each with
     * smaller batches, cost the database half as much again per click; more writers are for a
     * database that one connection cannot keep busy.
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
        try {
            writerThreads.execute(() -> {
                try {
                    store(batch);
                } catch (SQLException | RuntimeException failure) {
                    LOG.errorf(failure, "could not store %d clicks; they stay queued and are retried", batch.size());
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

    /**
     * Stores the batch and adds exactly the clicks it stored to the rollup, in one transaction, so a
     * retried batch can neither store a click twice nor count it twice. It first copies straight into
     * the click table; only a batch that meets a stored click takes the slower way that skips them.
     */
    private void store(List<Click> batch) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try {
                copy(connection, "click", batch);
                addToRollup(connection, batch);
                connection.commit();
            } catch (SQLException failure) {
                connection.rollback();
                if (!isStoredAlready(failure)) {
                    throw failure;
                }
                addToRollup(connection, storeNotYetStored(connection, batch));
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The clicks of the batch that were not stored yet, once each, now stored. */
    private static List<Click> storeNotYetStored(Connection connection, List<Click> batch) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(INCOMING);
        }
        copy(connection, "incoming_click", batch);
        Set<UUID> stored = new HashSet<>();
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(STORE_INCOMING)) {
            while (rows.next()) {
                stored.add(rows.getObject(1, UUID.class));
            }
        }
        var clicks = new ArrayList<Click>(stored.size());
        for (Click click : batch) {
            if (stored.remove(click.id())) {
                clicks.add(click);
            }
        }
        return clicks;
    }

    private static void copy(Connection connection, String table, List<Click> batch) throws SQLException {
        ClickCopy.copy(connection.unwrap(PGConnection.class), table, batch);
    }

    private static void addToRollup(Connection connection, List<Click> clicks) throws SQLException {
        try (PreparedStatement add = connection.prepareStatement(ADD_TO_ROLLUP)) {
            for (Map.Entry<ClickRollup.Key, ClickRollup.Counts> row : ClickRollup.of(clicks).entrySet()) {
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

    /** A unique violation on the click's primary key, however the driver wrapped it. */
    private static boolean isStoredAlready(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && "23505".equals(psql.getSQLState()) && psql.getServerErrorMessage() != null
                    && "click_pkey".equals(psql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Before the pool closes: stop the timer and store everything still queued, retrying a failed
     * batch a few times. Runs after the HTTP server has stopped taking requests (graceful shutdown).
     */
    void drainOnStop(@Observes @Priority(1) ShutdownEvent stop) throws InterruptedException {
        vertx.cancelTimer(timer);
        writerThreads.shutdown();
        writerThreads.awaitTermination(10, TimeUnit.SECONDS);
        int attempts = 0;
        while ((!queue.isEmpty() || writing.get() > 0) && attempts < 20) {
            if (queue.isEmpty()) {
                Thread.sleep(10); // a batch in flight either lands or comes back to the queue
                continue;
            }
            List<Click> batch = take();
            try {
                store(batch);
            } catch (SQLException | RuntimeException e) {
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
