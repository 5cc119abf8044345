package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.Order;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A shop reporting many orders to tracking-service, half as signed webhooks and half over gRPC as
 * its service account, and the check that payout-service's ledger holds exactly the commission an
 * independent SQL computation over tracking's order tables gives. Used by the exactly-once test and
 * bench/conversions.sh.
 */
public final class ConversionLoad {

    /** The commission rate of the shop's one offer: 10 %, so every amount below divides exactly. */
    public static final int RATE_BASIS_POINTS = 1000;

    /** A brand with one campaign, its offer and one discount code per creator. */
    public record Shop(String brandId, String secret, List<String> codes) {

        public static Shop open(int creators) {
            var brand = Tenants.newBrand();
            return Tenants.campaignService(
                    api -> {
                        String campaign =
                                api.campaigns()
                                        .createCampaign(
                                                CreateCampaignRequest.newBuilder()
                                                        .setBrandId(brand.brandId())
                                                        .setName("Load")
                                                        .setLandingUrl("https://northwind.example/")
                                                        .setStartsOn("2026-11-01")
                                                        .build())
                                        .getId();
                        api.offers()
                                .publishOffer(
                                        PublishOfferRequest.newBuilder()
                                                .setBrandId(brand.brandId())
                                                .setCampaignId(campaign)
                                                .setPlan(
                                                        CommissionPlan.newBuilder()
                                                                .setBasis(
                                                                        CommissionBasis
                                                                                .COMMISSION_BASIS_PERCENT)
                                                                .setRateBasisPoints(
                                                                        RATE_BASIS_POINTS)
                                                                .setTierMode(
                                                                        TierMode.TIER_MODE_NONE))
                                                .build());
                        var codes = new ArrayList<String>();
                        ManagedChannel channel =
                                PlatformServices.channel(PlatformServices.TRACKING);
                        try {
                            var tracking = TrackingServiceGrpc.newBlockingStub(channel);
                            for (int i = 0; i < creators; i++) {
                                String creator =
                                        brand.newCreator(
                                                "Load " + i,
                                                "load." + UUID.randomUUID() + "@creators.example");
                                String code = "LOAD" + i;
                                tracking.createDiscountCode(
                                        CreateDiscountCodeRequest.newBuilder()
                                                .setBrandId(brand.brandId())
                                                .setCode(code)
                                                .setCreatorId(creator)
                                                .setCampaignId(campaign)
                                                .build());
                                codes.add(code);
                            }
                        } finally {
                            channel.shutdownNow();
                        }
                        String secret =
                                api.brands()
                                        .getWebhookSecret(
                                                GetWebhookSecretRequest.newBuilder()
                                                        .setBrandId(brand.brandId())
                                                        .build())
                                        .getWebhookSecret();
                        return new Shop(brand.brandId(), secret, codes);
                    });
        }
    }

    /**
     * One report of the shop: order {@code order}'s creation (completed at once) or its one refund.
     * Even orders go as webhooks, odd ones over gRPC.
     */
    public record Report(int order, boolean refund) {

        String orderId() {
            return "O-" + order;
        }

        /** 100.00 to 149.00. */
        long amountMinor() {
            return (100 + order % 50) * 100L;
        }

        static final long REFUND_MINOR = 2_000;

        boolean webhook() {
            return order % 2 == 0;
        }
    }

    /**
     * Every order, each tenth with a refund, each report {@code copies} times; shuffled with the
     * seed (a refund may then come before its order: the shop retries it, as a real one would).
     */
    public static List<Report> reports(int orders, int copies, long seed) {
        var reports = new ArrayList<Report>();
        for (int copy = 0; copy < copies; copy++) {
            for (int i = 0; i < orders; i++) {
                reports.add(new Report(i, false));
            }
            for (int i = 0; i < orders; i += 10) {
                reports.add(new Report(i, true));
            }
        }
        if (seed != 0) {
            Collections.shuffle(reports, new Random(seed));
        }
        return reports;
    }

    /** How many of the reports are distinct (orders and refunds). */
    public static int distinct(int orders) {
        return orders + (orders + 9) / 10;
    }

    /**
     * Sends reports, at most {@code inFlight} at a time, until each was answered with success; a
     * report that failed in a way worth retrying (service down, unknown order yet, deadline) goes
     * back to the end of the queue after a short pause. Lean, so that a benchmark's figure is the
     * platform's: every body, signature and gRPC request is made by {@link #prepare} before the
     * clock starts, and one Vert.x event loop drives the keep-alive HTTP connections, the
     * asynchronous gRPC calls and the queue (so the queue needs no lock).
     */
    public static final class Sender implements AutoCloseable {

        /**
         * How old a prepared signature may get before the report is signed again when it is sent:
         * the webhook accepts 5 minutes either way, and a report may wait in the queue while the
         * services restart.
         */
        private static final long RESIGN_AFTER_SECONDS = 120;

        private static final long PAUSE_MILLIS = 20;
        private static final long TIMEOUT_MILLIS = 10_000;

        private final Shop shop;
        private final int inFlightLimit;
        private final Instant orderedAt = Instant.now();
        private final Vertx vertx =
                Vertx.vertx(
                        new VertxOptions()
                                .setEventLoopPoolSize(1)
                                .setWorkerPoolSize(1)
                                .setInternalBlockingPoolSize(1));
        private final Context loop = vertx.getOrCreateContext();
        private final HttpClient http;
        private final ManagedChannel channel;
        private final TrackingServiceGrpc.TrackingServiceStub tracking;
        // The event loop's own: the queue, what is in flight.
        private final Queue<Runnable> queue = new ArrayDeque<>();
        private int inFlight;
        private final AtomicInteger expected = new AtomicInteger();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger retries = new AtomicInteger();
        private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
        private final CompletableFuture<Void> allAnswered = new CompletableFuture<>();

        /** At most {@code inFlight} reports are sent and not yet answered at any time. */
        public Sender(Shop shop, int inFlight) {
            this.shop = shop;
            this.inFlightLimit = inFlight;
            this.http =
                    vertx.httpClientBuilder()
                            .with(
                                    new HttpClientOptions()
                                            .setKeepAlive(true)
                                            .setPipelining(false)
                                            .setConnectTimeout(2_000)
                                            .setDefaultHost("127.0.0.1")
                                            .setDefaultPort(PlatformServices.TRACKING.httpPort()))
                            .with(new PoolOptions().setHttp1MaxSize(inFlight))
                            // A connection reset when tracking-service is killed fails the request
                            // in flight, which is retried: no error to log.
                            .withConnectHandler(connection -> connection.exceptionHandler(e -> {}))
                            .build();
            this.channel =
                    ManagedChannelBuilder.forAddress(
                                    "127.0.0.1", PlatformServices.TRACKING.grpcPort())
                            .usePlaintext()
                            // answers handled on the event loop, like the webhooks'
                            .executor(task -> loop.runOnContext(ignored -> task.run()))
                            .intercept(
                                    Callers.speakingAs(
                                            CallerIdentity.brandService(
                                                    "shop-pipeline-"
                                                            + shop.brandId().substring(0, 8),
                                                    shop.brandId())))
                            .build();
            this.tracking = TrackingServiceGrpc.newStub(channel);
        }

        /** Makes the reports' requests and queues them, sending nothing yet. */
        public void prepare(List<Report> reports) {
            List<Runnable> prepared = new ArrayList<>(reports.size());
            for (Report report : reports) {
                prepared.add(report.webhook() ? new Webhook(report) : grpc(report));
            }
            expected.addAndGet(prepared.size());
            loop.runOnContext(ignored -> queue.addAll(prepared));
        }

        /**
         * Starts sending what {@link #prepare} queued; {@link #awaitAnswered} waits for the end.
         */
        public void start() {
            if (expected.get() == 0) {
                allAnswered.complete(null);
            }
            loop.runOnContext(ignored -> pump());
        }

        /** Prepares the reports and starts sending them. */
        public void start(List<Report> reports) {
            prepare(reports);
            start();
        }

        /** Reports answered so far (each copy counts; a refusal too). */
        public int answered() {
            return answered.get();
        }

        public int retries() {
            return retries.get();
        }

        /** Reports refused for good (a bad request): none is expected. */
        public List<String> refusals() {
            return List.copyOf(refusals);
        }

        public void awaitAnswered(Duration within) throws InterruptedException {
            try {
                allAnswered.get(within.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException(
                        (expected.get() - answered.get()) + " reports still unanswered");
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }

        /** On the event loop: sends queued reports while fewer than the limit are in flight. */
        private void pump() {
            Runnable send;
            while (inFlight < inFlightLimit && (send = queue.poll()) != null) {
                inFlight++;
                send.run();
            }
        }

        private void done() {
            inFlight--;
            if (answered.incrementAndGet() == expected.get()) {
                allAnswered.complete(null);
            }
            pump();
        }

        private void refused(String why) {
            refusals.add(why);
            done();
        }

        /** The report keeps its place in flight during the pause, then joins the queue's end. */
        private void retry(Runnable send) {
            retries.incrementAndGet();
            vertx.setTimer(
                    PAUSE_MILLIS,
                    ignored -> {
                        inFlight--;
                        queue.add(send);
                        pump();
                    });
        }

        /** A signed webhook: body and signature made once, signed again only when too old. */
        private final class Webhook implements Runnable {

            private final String orderId;
            private final Buffer body;
            private final RequestOptions request;
            private long signedAt;

            Webhook(Report report) {
                orderId = report.orderId();
                var event =
                        report.refund()
                                ? new JsonObject()
                                        .put("type", "order.refunded")
                                        .put("orderId", orderId)
                                        .put("refundId", orderId + "-r")
                                        .put("amountMinor", Report.REFUND_MINOR)
                                        .put("currency", "EUR")
                                : new JsonObject()
                                        .put("type", "order.created")
                                        .put("orderId", orderId)
                                        .put("amountMinor", report.amountMinor())
                                        .put("currency", "EUR")
                                        .put("orderedAt", orderedAt.toString())
                                        .put("discountCode", code(report))
                                        .put("completed", true);
                body = event.toBuffer();
                request =
                        new RequestOptions()
                                .setMethod(HttpMethod.POST)
                                .setURI("/webhooks/orders")
                                .setIdleTimeout(TIMEOUT_MILLIS)
                                .putHeader("Content-Type", "application/json")
                                .putHeader("X-Brand-Id", shop.brandId());
                sign(Instant.now().getEpochSecond());
            }

            private void sign(long now) {
                signedAt = now;
                request.putHeader("X-Webhook-Timestamp", String.valueOf(now))
                        .putHeader(
                                "X-Webhook-Signature",
                                ConversionLoad.sign(shop.secret(), now, body.getBytes()));
            }

            @Override
            public void run() {
                long now = System.currentTimeMillis() / 1000;
                if (now - signedAt > RESIGN_AFTER_SECONDS) {
                    sign(now);
                }
                http.request(request)
                        .compose(sending -> sending.send(body))
                        .compose(
                                response ->
                                        response.body()
                                                .map(text -> response.statusCode() + " " + text))
                        .onComplete(
                                answer -> {
                                    if (answer.failed()) { // tracking-service down or restarting
                                        retry(this);
                                        return;
                                    }
                                    String statusAndBody = answer.result();
                                    if (statusAndBody.startsWith("200 ")) {
                                        done();
                                    } else if (statusAndBody.startsWith("404 ")
                                            || statusAndBody.startsWith("5")) {
                                        retry(this);
                                    } else {
                                        refused(orderId + ": " + statusAndBody);
                                    }
                                });
            }
        }

        private Runnable grpc(Report report) {
            if (report.refund()) {
                var request =
                        RecordRefundRequest.newBuilder()
                                .setBrandId(shop.brandId())
                                .setOrderId(report.orderId())
                                .setRefundId(report.orderId() + "-r")
                                .setAmount(ShopActivity.eur(Report.REFUND_MINOR))
                                .build();
                return new Call(report, (stub, reply) -> stub.recordRefund(request, reply));
            }
            var request =
                    RecordConversionRequest.newBuilder()
                            .setBrandId(shop.brandId())
                            .setOrderId(report.orderId())
                            .setAmount(ShopActivity.eur(report.amountMinor()))
                            .setOrderedAt(WireTypes.timestamp(orderedAt))
                            .setDiscountCode(code(report))
                            .setCompleted(true)
                            .build();
            return new Call(report, (stub, reply) -> stub.recordConversion(request, reply));
        }

        /** A gRPC report: its request made once, its answer awaited asynchronously. */
        private final class Call implements Runnable {

            private final Report report;
            private final BiConsumer<TrackingServiceGrpc.TrackingServiceStub, StreamObserver<Order>>
                    send;

            Call(
                    Report report,
                    BiConsumer<TrackingServiceGrpc.TrackingServiceStub, StreamObserver<Order>>
                            send) {
                this.report = report;
                this.send = send;
            }

            @Override
            public void run() {
                send.accept(
                        tracking.withDeadlineAfter(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS),
                        new StreamObserver<>() {
                            @Override
                            public void onNext(Order order) {}

                            @Override
                            public void onError(Throwable failure) {
                                Status status = Status.fromThrowable(failure);
                                switch (status.getCode()) {
                                    case UNAVAILABLE,
                                            NOT_FOUND,
                                            DEADLINE_EXCEEDED,
                                            INTERNAL,
                                            UNKNOWN -> {
                                        if (status.getCode() == Status.Code.UNAVAILABLE) {
                                            channel.resetConnectBackoff();
                                        }
                                        retry(Call.this);
                                    }
                                    default -> refused(report.orderId() + ": " + status);
                                }
                            }

                            @Override
                            public void onCompleted() {
                                done();
                            }
                        });
            }
        }

        private String code(Report report) {
            return shop.codes().get(report.order() % shop.codes().size());
        }

        @Override
        public void close() {
            channel.shutdownNow();
            http.close();
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The ledger against the oracle: per order, the commission payout-service's ledger holds and
     * the one computed in SQL from tracking's raw order and refund rows at the offer's rate.
     */
    public record Check(
            Map<String, Long> ledger,
            Map<String, Long> oracle,
            long duplicates,
            long missing,
            long ordersStored,
            long refundsStored) {

        public static Check of(String brandId, int orders) throws SQLException {
            var oracle = new TreeMap<String, Long>();
            long ordersStored;
            long refundsStored;
            try (Connection tracking = ServiceDatabases.open("tracking")) {
                try (var query =
                        tracking.prepareStatement(
                                """
                                select o.order_id, (o.amount_minor - coalesce(sum(r.amount_minor), 0)) * ? / 10000
                                from customer_order o left join order_refund r on r.order_ref = o.id
                                where o.brand_id = ?::uuid and o.status = 'COMPLETED' and o.outcome = 'ATTRIBUTED'
                                group by o.id""")) {
                    query.setInt(1, RATE_BASIS_POINTS);
                    query.setString(2, brandId);
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            oracle.put(rows.getString(1), rows.getLong(2));
                        }
                    }
                }
                ordersStored = count(tracking, "customer_order", brandId);
                refundsStored = count(tracking, "order_refund", brandId);
            }
            var ledger = new TreeMap<String, Long>();
            long duplicates = 0;
            try (Connection payout = ServiceDatabases.open("payout")) {
                try (var query =
                        payout.prepareStatement(
                                """
                                select order_id, sum(amount_minor), count(*) filter (where kind = 'ACCRUAL')
                                from ledger_entry where brand_id = ?::uuid and order_id is not null group by order_id""")) {
                    query.setString(1, brandId);
                    try (var rows = query.executeQuery()) {
                        while (rows.next()) {
                            ledger.put(rows.getString(1), rows.getLong(2));
                            duplicates += Math.max(0, rows.getLong(3) - 1);
                        }
                    }
                }
            }
            long missing = Math.max(0, orders - ordersStored);
            missing += Math.max(0, (orders + 9) / 10 - refundsStored);
            var all = new HashMap<String, Long>(oracle);
            ledger.forEach((order, sum) -> all.putIfAbsent(order, 0L));
            for (var order : all.keySet()) {
                long owed = oracle.getOrDefault(order, 0L);
                long held = ledger.getOrDefault(order, 0L);
                if (held > owed) {
                    duplicates++;
                } else if (held < owed) {
                    missing++;
                }
            }
            return new Check(ledger, oracle, duplicates, missing, ordersStored, refundsStored);
        }

        private static long count(Connection db, String table, String brandId) throws SQLException {
            try (var query =
                    db.prepareStatement(
                            "select count(*) from " + table + " where brand_id = ?::uuid")) {
                query.setString(1, brandId);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }

        /**
         * Waits until tracking-service's outbox holds no event waiting for payout-service (which
         * commits an event's ledger entries before it answers for it), polling one connection with
         * a query of the indexes of the waiting rows, so that finding the load's end hardly loads
         * the PostgreSQL being measured (counting the ledger on a new connection each time did).
         */
        public static void awaitRelayed() throws SQLException, InterruptedException {
            try (Connection tracking = ServiceDatabases.open("tracking");
                    var waiting =
                            tracking.prepareStatement(
                                    """
                                    select exists (select 1 from outbox_batch where delivered_at is null)
                                        or exists (select 1 from outbox_event where delivered_at is null and refused_at is null)""")) {
                while (true) {
                    try (var rows = waiting.executeQuery()) {
                        rows.next();
                        if (!rows.getBoolean(1)) {
                            return;
                        }
                    }
                    Thread.sleep(20);
                }
            }
        }

        /** The ledger has an entry for every distinct report: each completion and each refund. */
        public static long ledgerEntries(String brandId) throws SQLException {
            try (Connection payout = ServiceDatabases.open("payout");
                    var query =
                            payout.prepareStatement(
                                    "select count(*) from ledger_entry where brand_id = ?::uuid and order_id is not null")) {
                query.setString(1, brandId);
                try (var rows = query.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        }
    }
}
