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
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
     * Sends reports from a pool of threads until each was answered with success; a report that
     * failed in a way worth retrying (service down, unknown order yet, deadline) goes back to the
     * end of the queue.
     */
    public static final class Sender implements AutoCloseable {

        private final Shop shop;
        private final Instant orderedAt = Instant.now();
        private final HttpClient http =
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2))
                        .build();
        private final ManagedChannel channel;
        private final TrackingServiceGrpc.TrackingServiceBlockingStub tracking;
        private final Queue<Report> queue = new ConcurrentLinkedQueue<>();
        private final AtomicInteger answered = new AtomicInteger();
        private final AtomicInteger retries = new AtomicInteger();
        private final Queue<String> refusals = new ConcurrentLinkedQueue<>();
        private final ExecutorService threads;
        private final int threadCount;

        public Sender(Shop shop, int threadCount) {
            this.shop = shop;
            this.threadCount = threadCount;
            this.threads = Executors.newFixedThreadPool(threadCount);
            this.channel =
                    ManagedChannelBuilder.forAddress(
                                    "127.0.0.1", PlatformServices.TRACKING.grpcPort())
                            .usePlaintext()
                            .intercept(
                                    Callers.speakingAs(
                                            CallerIdentity.brandService(
                                                    "shop-pipeline-"
                                                            + shop.brandId().substring(0, 8),
                                                    shop.brandId())))
                            .build();
            this.tracking = TrackingServiceGrpc.newBlockingStub(channel);
        }

        /** Starts sending; {@link #awaitAnswered} waits for the end. */
        public void start(List<Report> reports) {
            queue.addAll(reports);
            for (int i = 0; i < threadCount; i++) {
                threads.execute(this::drain);
            }
        }

        /** Reports answered with success so far (each copy counts). */
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
            threads.shutdown();
            if (!threads.awaitTermination(within.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(queue.size() + " reports still unanswered");
            }
        }

        private void drain() {
            Report report;
            while ((report = queue.poll()) != null) {
                boolean done;
                try {
                    done = report.webhook() ? webhook(report) : grpc(report);
                } catch (IOException | StatusRuntimeException unavailable) {
                    done = false;
                    channel.resetConnectBackoff();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                if (done) {
                    answered.incrementAndGet();
                } else {
                    retries.incrementAndGet();
                    queue.add(report);
                    pause();
                }
            }
        }

        private boolean webhook(Report report) throws IOException, InterruptedException {
            String orderId = report.orderId();
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
            byte[] body = event.encode().getBytes(StandardCharsets.UTF_8);
            long now = Instant.now().getEpochSecond();
            var request =
                    HttpRequest.newBuilder(
                                    URI.create(
                                            "http://127.0.0.1:"
                                                    + PlatformServices.TRACKING.httpPort()
                                                    + "/webhooks/orders"))
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json")
                            .header("X-Brand-Id", shop.brandId())
                            .header("X-Webhook-Timestamp", String.valueOf(now))
                            .header("X-Webhook-Signature", sign(shop.secret(), now, body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build();
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            if (status == 200) {
                return true;
            }
            if (status == 404 || status >= 500) {
                return false;
            }
            refusals.add(orderId + ": " + status + " " + response.body());
            return true;
        }

        private boolean grpc(Report report) {
            try {
                var stub = tracking.withDeadlineAfter(10, TimeUnit.SECONDS);
                if (report.refund()) {
                    stub.recordRefund(
                            RecordRefundRequest.newBuilder()
                                    .setBrandId(shop.brandId())
                                    .setOrderId(report.orderId())
                                    .setRefundId(report.orderId() + "-r")
                                    .setAmount(ShopActivity.eur(Report.REFUND_MINOR))
                                    .build());
                } else {
                    stub.recordConversion(
                            RecordConversionRequest.newBuilder()
                                    .setBrandId(shop.brandId())
                                    .setOrderId(report.orderId())
                                    .setAmount(ShopActivity.eur(report.amountMinor()))
                                    .setOrderedAt(WireTypes.timestamp(orderedAt))
                                    .setDiscountCode(code(report))
                                    .setCompleted(true)
                                    .build());
                }
                return true;
            } catch (StatusRuntimeException failure) {
                switch (failure.getStatus().getCode()) {
                    case UNAVAILABLE, NOT_FOUND, DEADLINE_EXCEEDED, INTERNAL, UNKNOWN -> {
                        if (failure.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                            channel.resetConnectBackoff();
                        }
                        return false;
                    }
                    default -> {
                        refusals.add(report.orderId() + ": " + failure.getStatus());
                        return true;
                    }
                }
            }
        }

        private String code(Report report) {
            return shop.codes().get(report.order() % shop.codes().size());
        }

        private static void pause() {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            threads.shutdownNow();
            channel.shutdownNow();
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
