package com.creatorplatform.payout.grpc;

import static com.creatorplatform.payout.grpc.OrderEventFixtures.batch;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.day;
import static com.creatorplatform.payout.grpc.OrderEventFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.BatchGetBalancesRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCommissionsRequest;
import com.creatorplatform.proto.payout.v1.Earnings;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Order events through a real gRPC client; amounts checked in the ledger table itself. */
@QuarkusTest
class OrderEventsGrpcTest {

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @Inject PgPool db;

    private final OrderEventFixtures orders = new OrderEventFixtures();

    private List<Row> rows(String sql, OrderEventFixtures of) {
        var result =
                db.preparedQuery(sql)
                        .execute(Tuple.of(UUID.fromString(of.brand)))
                        .await()
                        .indefinitely();
        return StreamSupport.stream(result.spliterator(), false).toList();
    }

    /** The brand's ledger as "KIND amount cause", in the order appended. */
    private List<String> ledger() {
        return rows(
                        "select kind, amount_minor, cause from ledger_entry where brand_id = $1 order by created_at, kind",
                        orders)
                .stream()
                .map(
                        r ->
                                r.getString(0)
                                        + " "
                                        + r.getLong(1)
                                        + " "
                                        + r.getString(2).replace(orders.brand + "/", ""))
                .toList();
    }

    private long sum(String kind) {
        return rows(
                        "select coalesce(sum(amount_minor), 0) from ledger_entry where brand_id = $1 and kind = '"
                                + kind
                                + "'",
                        orders)
                .get(0)
                .getLong(0);
    }

    private Earnings earnings(OrderEventFixtures of, int creator) {
        return client.batchGetBalances(
                        BatchGetBalancesRequest.newBuilder()
                                .setBrandId(of.brand)
                                .addCreatorIds(of.creators.get(creator))
                                .build())
                .getBalances(0)
                .getEarnings(0);
    }

    @Test
    void aCompletedOrderAccruesAtThePlanRateOnceAndIsPendingUntilItsHoldEnds() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var recent = orders.completed(0, "o-recent", 12_345, now.minus(Duration.ofDays(10)));
        var old = orders.completed(0, "o-old", 10_000, now.minus(Duration.ofDays(40)));

        var first = client.applyOrderEvents(batch(recent, old));
        var replay = client.applyOrderEvents(batch(recent, old));

        assertEquals(
                List.of(recent.getEventId(), old.getEventId()),
                first.getNewlyAppliedEventIdsList());
        assertEquals(0, replay.getNewlyAppliedEventIdsCount());
        assertEquals(
                List.of("ACCRUAL 1235 order:o-recent:accrual", "ACCRUAL 1000 order:o-old:accrual"),
                ledger());
        assertEquals(
                List.of("commission.credited o-old 1000", "commission.credited o-recent 1235"),
                rows(
                                "select type, data_json from "
                                        + WebhookOutboxRows.EVENTS
                                        + " where brand_id = $1 order by data_json",
                                orders)
                        .stream()
                        .map(
                                r -> {
                                    var data = new JsonObject(r.getString(1));
                                    return r.getString(0)
                                            + " "
                                            + data.getString("orderId")
                                            + " "
                                            + data.getJsonObject("amount").getLong("amountMinor");
                                })
                        .sorted()
                        .toList(),
                "one event per credit, none for the replay");
        var payableAt =
                rows(
                                "select payable_at from ledger_entry where brand_id = $1 and order_id = 'o-recent'",
                                orders)
                        .get(0)
                        .getOffsetDateTime(0)
                        .toInstant();
        assertEquals(
                WireTypes.instant(recent.getOccurredAt()).plus(Duration.ofDays(30)), payableAt);
        var earnings = earnings(orders, 0);
        assertEquals(eur(1235), earnings.getPending());
        assertEquals(eur(1000), earnings.getPayable());
        assertEquals(eur(0), earnings.getPaid());
        assertEquals(eur(2235), earnings.getTotal());
    }

    @Test
    void aCompletionReportedWithAPastDateIsHeldFromWhenTrackingRecordedIt() {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var recorded = now.minus(Duration.ofDays(1));
        var backdated =
                orders
                        .completed(0, "o-backdated", 10_000, now.minus(Duration.ofDays(40)))
                        .toBuilder()
                        .setRecordedAt(WireTypes.timestamp(recorded))
                        .build();
        var refund = orders.refunded(0, "o-backdated", 10_000, "a", 2_000, recorded);

        client.applyOrderEvents(batch(backdated, refund));

        var payableAt =
                rows("select distinct payable_at from ledger_entry where brand_id = $1", orders)
                        .stream()
                        .map(r -> r.getOffsetDateTime(0).toInstant())
                        .toList();
        assertEquals(
                List.of(recorded.plus(Duration.ofDays(30))),
                payableAt,
                "the accrual and its reversal, 30 days after recording");
        var earnings = earnings(orders, 0);
        assertEquals(eur(800), earnings.getPending());
        assertEquals(eur(0), earnings.getPayable());
    }

    @Test
    void aRefundThatArrivesBeforeItsCompletionWaitsAndIsThenReversedAtTheRateTheOrderEarned() {
        client.applyOrderEvents(batch(orders.refunded(0, "o1", 10_000, "a", 3_000, day(2))));
        assertEquals(List.of(), ledger());

        client.applyOrderEvents(batch(orders.completed(0, "o1", 10_000, day(0))));

        assertEquals(
                List.of(
                        "ACCRUAL 1000 order:o1:accrual",
                        "REVERSAL -300 order:o1:refund:" + "o1/refund-a"),
                ledger());
    }

    @Test
    void partialRefundsNeverReverseMoreThanEarnedAndACancellationReversesTheRest() {
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o1", 10_001, day(0)),
                        orders.refunded(0, "o1", 10_001, "a", 5_000, day(1))));
        client.applyOrderEvents(batch(orders.refunded(0, "o1", 10_001, "b", 9_000, day(2))));
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o2", 5_000, day(0)),
                        orders.refunded(0, "o2", 5_000, "a", 1_000, day(1)),
                        orders.cancelled(0, "o2", 5_000, day(2))));

        assertEquals(1_500, sum("ACCRUAL"));
        assertEquals(-1_500, sum("REVERSAL"));
        assertEquals(
                List.of(
                        "ACCRUAL 1000 order:o1:accrual",
                        "REVERSAL -500 order:o1:refund:o1/refund-a",
                        "REVERSAL -500 order:o1:refund:o1/refund-b",
                        "ACCRUAL 500 order:o2:accrual",
                        "REVERSAL -100 order:o2:refund:o2/refund-a",
                        "REVERSAL -400 order:o2:cancel:o2/cancelled"),
                ledger());
    }

    @Test
    void aWholeTierReachedLaterInThePeriodTopsUpTheEarlierOrdersByAnEntry() {
        orders.plan = OrderEventFixtures.issueTiers(TierMode.TIER_MODE_WHOLE);
        client.applyOrderEvents(batch(orders.completed(0, "o1", 300_000, day(0))));
        client.applyOrderEvents(batch(orders.completed(0, "o2", 300_000, day(1))));

        assertEquals(
                List.of(
                        "ACCRUAL 30000 order:o1:accrual",
                        "TIER_ADJUSTMENT 6000 tier:%s:%s:2026-03:o1/completed"
                                .formatted(orders.offer, orders.creators.get(0)),
                        "ACCRUAL 30000 order:o2:accrual",
                        "TIER_ADJUSTMENT 24000 tier:%s:%s:2026-03:o2/completed"
                                .formatted(orders.offer, orders.creators.get(0))),
                ledger());
        assertEquals(eur(90_000), earnings(orders, 0).getTotal());
    }

    @Test
    void marginalTiersEarnEachSliceAtItsRateAndARefundBringsThePeriodBackDown() {
        orders.plan = OrderEventFixtures.issueTiers(TierMode.TIER_MODE_MARGINAL);
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o1", 200_000, day(0)),
                        orders.completed(0, "o2", 400_000, day(1))));
        assertEquals(eur(73_000), earnings(orders, 0).getTotal());

        client.applyOrderEvents(batch(orders.refunded(0, "o2", 400_000, "a", 100_000, day(3))));

        assertEquals(eur(58_000), earnings(orders, 0).getTotal());
    }

    @Test
    void aBonusIsPaidOncePerPeriodWhenNetRevenueReachesItsThreshold() {
        orders.plan =
                OrderEventFixtures.withBonus(OrderEventFixtures.percent(1000), 100_000, 5_000);
        client.applyOrderEvents(batch(orders.completed(0, "o1", 60_000, day(0))));
        client.applyOrderEvents(batch(orders.completed(0, "o2", 60_000, day(1))));
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o3", 60_000, day(2)),
                        orders.completed(0, "april", 60_000, day(30))));

        assertEquals(5_000, sum("BONUS"));
        assertEquals(1, ledger().stream().filter(line -> line.startsWith("BONUS")).count());
    }

    @Test
    void accrualsStopAtTheCampaignBudgetCapAndEachStopIsRecorded() {
        orders.cap = eur(1_500);
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o1", 10_000, day(0)),
                        orders.completed(1, "o2", 10_000, day(1))));
        client.applyOrderEvents(batch(orders.completed(0, "o3", 10_000, day(2))));
        client.applyOrderEvents(
                batch(
                        orders.refunded(0, "o1", 10_000, "a", 10_000, day(3)),
                        orders.completed(1, "o4", 10_000, day(4))));

        assertEquals(
                List.of(
                        "ACCRUAL 1000 order:o1:accrual",
                        "ACCRUAL 500 order:o2:accrual",
                        "REVERSAL -1000 order:o1:refund:o1/refund-a",
                        "ACCRUAL 1000 order:o4:accrual"),
                ledger());
        var stops =
                rows(
                                "select cause, wanted_minor, granted_minor from budget_stop where brand_id = $1 order by created_at",
                                orders)
                        .stream()
                        .map(r -> r.getString(0) + " " + r.getLong(1) + "→" + r.getLong(2))
                        .toList();
        assertEquals(List.of("order:o2:accrual 1000→500", "order:o3:accrual 1000→0"), stops);
        var budget =
                client.batchGetCampaignBudgets(
                                BatchGetCampaignBudgetsRequest.newBuilder()
                                        .setBrandId(orders.brand)
                                        .addCampaignIds(orders.campaign)
                                        .build())
                        .getBudgets(0);
        assertEquals(List.of(eur(1_500)), budget.getCommittedList());
        assertEquals(2, budget.getStoppedCredits());
        assertEquals(List.of(eur(1_500)), budget.getWithheldList());
        assertEquals(true, budget.hasFirstStoppedAt());
    }

    /**
     * Two creators, WHOLE tiers, a bonus, refunds before and after completion, a cancellation, two
     * months.
     */
    private static List<OrderEvent> story(OrderEventFixtures f) {
        f.plan =
                OrderEventFixtures.withBonus(
                        OrderEventFixtures.issueTiers(TierMode.TIER_MODE_WHOLE), 400_000, 7_777);
        return List.of(
                f.completed(0, "o1", 123_457, day(0)),
                f.completed(0, "o2", 250_001, day(1)),
                f.refunded(0, "o2", 250_001, "a", 33_333, day(3)),
                f.refunded(0, "o2", 250_001, "b", 66_667, day(4)),
                f.completed(0, "o3", 180_000, day(5)),
                f.cancelled(0, "o3", 180_000, day(6)),
                f.completed(0, "o4", 99_999, day(7)),
                f.completed(1, "o5", 77_777, day(2)),
                f.refunded(1, "o5", 77_777, "a", 100_000, day(9)),
                f.completed(1, "o6", 505_050, day(8)),
                f.completed(0, "o7", 410_000, day(25)));
    }

    private List<String> figures(OrderEventFixtures f) {
        return f.creators.stream()
                .map(
                        creator ->
                                client.batchGetBalances(
                                                BatchGetBalancesRequest.newBuilder()
                                                        .setBrandId(f.brand)
                                                        .addCreatorIds(creator)
                                                        .build())
                                        .getBalances(0)
                                        .getEarningsList()
                                        .toString())
                .toList();
    }

    @Test
    void replayingEveryEventTwiceAndInAShuffledOrderYieldsTheSameBalances() {
        client.applyOrderEvents(batch(story(orders)));
        var expected = figures(orders);

        for (long seed = 1; seed <= 3; seed++) {
            var replay = new OrderEventFixtures();
            var events = new ArrayList<>(story(replay));
            events.addAll(story(replay));
            var random = new Random(seed);
            Collections.shuffle(events, random);
            for (int from = 0; from < events.size(); ) {
                int to = Math.min(events.size(), from + 1 + random.nextInt(4));
                client.applyOrderEvents(batch(events.subList(from, to)));
                from = to;
            }
            assertEquals(expected, figures(replay), "seed " + seed);
        }
    }

    /**
     * One batch's worth for a fresh brand: in the first campaign (WHOLE tiers, a bonus at 1,000
     * EUR) orders crossing a tier and the bonus and back, a duplicate event id, a refund before its
     * completion, a cancellation; in a second one (10 %, capped at 15 EUR) a credit cut by the cap
     * and a refund that frees budget for the next.
     */
    private static List<OrderEvent> mixedBatch(OrderEventFixtures f, String capped) {
        f.plan =
                OrderEventFixtures.withBonus(
                        OrderEventFixtures.issueTiers(TierMode.TIER_MODE_WHOLE), 100_000, 5_000);
        var tiered =
                List.of(
                        f.completed(0, "t1", 60_000, day(0)),
                        f.completed(0, "t2", 50_000, day(1)),
                        f.refunded(0, "t2", 50_000, "a", 20_000, day(2)),
                        f.completed(0, "t2", 50_000, day(1)),
                        f.refunded(0, "t3", 30_000, "a", 10_000, day(4)),
                        f.completed(0, "t3", 30_000, day(3)),
                        f.cancelled(0, "t1", 60_000, day(5)));
        f.plan = OrderEventFixtures.percent(1000);
        f.cap = eur(1_500);
        var cappedEvents =
                Stream.of(
                                f.completed(1, "c1", 10_000, day(0)),
                                f.completed(1, "c2", 10_000, day(1)),
                                f.refunded(1, "c1", 10_000, "a", 10_000, day(2)),
                                f.completed(1, "c3", 10_000, day(3)))
                        .map(e -> e.toBuilder().setCampaignId(capped).build());
        var events = new ArrayList<OrderEvent>();
        var interleaved = cappedEvents.iterator();
        for (OrderEvent event : tiered) {
            events.add(event);
            if (interleaved.hasNext()) {
                events.add(interleaved.next());
            }
        }
        return events;
    }

    /** A brand's ledger, budget stops and webhook events, its random ids named as in the story. */
    private List<String> everything(OrderEventFixtures f) {
        var lines = new ArrayList<String>();
        rows(
                        "select kind, amount_minor, cause from ledger_entry where brand_id = $1 order by created_at, kind",
                        f)
                .forEach(
                        r -> lines.add(r.getString(0) + " " + r.getLong(1) + " " + r.getString(2)));
        rows(
                        "select cause, wanted_minor, granted_minor from budget_stop where brand_id = $1 order by created_at",
                        f)
                .forEach(
                        r ->
                                lines.add(
                                        "stop "
                                                + r.getString(0)
                                                + " "
                                                + r.getLong(1)
                                                + "→"
                                                + r.getLong(2)));
        rows("select data_json from " + WebhookOutboxRows.EVENTS + " where brand_id = $1", f)
                .stream()
                .map(r -> new JsonObject(r.getString(0)))
                .map(
                        data ->
                                "credited "
                                        + data.getString("kind")
                                        + " "
                                        + data.getJsonObject("amount").getLong("amountMinor"))
                .sorted()
                .forEach(lines::add);
        return lines.stream()
                .map(
                        line ->
                                line.replace(f.brand + "/", "")
                                        .replace(f.offer, "offer")
                                        .replace(f.creators.get(0), "c0"))
                .toList();
    }

    @Test
    void aBatchAppliesExactlyAsItsEventsOneByOneAndOnceHoweverOftenItComes() {
        var batched = mixedBatch(orders, UUID.randomUUID().toString());

        var first = client.applyOrderEvents(batch(batched));
        var expected = everything(orders);
        var again = client.applyOrderEvents(batch(batched));

        assertEquals(10, first.getNewlyAppliedEventIdsCount(), "the duplicate id counts once");
        assertEquals(0, again.getNewlyAppliedEventIdsCount());
        assertEquals(expected, everything(orders), "the batch again changes nothing");
        String period = "offer:c0:2026-03:";
        assertEquals(
                List.of(
                        "ACCRUAL 6000 order:t1:accrual",
                        "ACCRUAL 1000 order:c1:accrual",
                        "ACCRUAL 5000 order:t2:accrual",
                        "TIER_ADJUSTMENT 2200 tier:" + period + "t2/completed",
                        "BONUS 5000 bonus:" + period + "0:t2/completed",
                        "ACCRUAL 500 order:c2:accrual",
                        "REVERSAL -2000 order:t2:refund:t2/refund-a",
                        "TIER_ADJUSTMENT -2200 tier:" + period + "t2/refund-a",
                        "BONUS -5000 bonus:" + period + "0:t2/refund-a",
                        "REVERSAL -1000 order:c1:refund:c1/refund-a",
                        "ACCRUAL 1000 order:c3:accrual",
                        "ACCRUAL 3000 order:t3:accrual",
                        "REVERSAL -1000 order:t3:refund:t3/refund-a",
                        "TIER_ADJUSTMENT 2200 tier:" + period + "t3/completed",
                        "BONUS 5000 bonus:" + period + "0:t3/completed",
                        "REVERSAL -6000 order:t1:cancel:t1/cancelled",
                        "TIER_ADJUSTMENT -2200 tier:" + period + "t1/cancelled",
                        "BONUS -5000 bonus:" + period + "0:t1/cancelled",
                        "stop order:c2:accrual 1000→500",
                        "credited ACCRUAL 1000",
                        "credited ACCRUAL 1000",
                        "credited ACCRUAL 3000",
                        "credited ACCRUAL 500",
                        "credited ACCRUAL 5000",
                        "credited ACCRUAL 6000",
                        "credited BONUS 5000",
                        "credited BONUS 5000",
                        "credited TIER_ADJUSTMENT 2200",
                        "credited TIER_ADJUSTMENT 2200"),
                expected);
        assertEquals(eur(5_000), earnings(orders, 0).getTotal(), "10 % of 500 EUR, no bonus");
        assertEquals(eur(1_500), earnings(orders, 1).getTotal(), "the cap");

        var oneByOne = new OrderEventFixtures();
        for (OrderEvent event : mixedBatch(oneByOne, UUID.randomUUID().toString())) {
            client.applyOrderEvents(batch(event));
        }
        assertEquals(expected, everything(oneByOne));
    }

    @Test
    void commissionsOfALevelOfCreatorsAndTheirPostsAreSummedByTheDayOfTheirEvents() {
        String post = UUID.randomUUID().toString();
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o1", 10_000, day(0)).toBuilder()
                                .setPostId(post)
                                .build(),
                        orders.completed(0, "o2", 5_000, day(1)),
                        orders.completed(1, "o3", 20_000, day(1)),
                        orders.refunded(0, "o1", 10_000, "a", 3_000, day(3)).toBuilder()
                                .setPostId(post)
                                .build()));

        assertEquals(
                List.of("0  1500", "1  2000"),
                commissions(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"), false));
        assertEquals(
                List.of("0  500", "0 " + post + " 1000", "1  2000"),
                commissions(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-11"), true));
        assertEquals(
                List.of("0  1200", "1  2000"),
                commissions(LocalDate.parse("2026-03-10"), LocalDate.parse("2026-03-13"), false),
                "the refund counts on its own day");
        assertEquals(
                List.of("0  -300"),
                commissions(LocalDate.parse("2026-03-13"), LocalDate.parse("2026-03-13"), false));
    }

    @Test
    void commissionsOfSeveralCampaignsAreReadAtOnceEachRowNamingItsCampaign() {
        String second = UUID.randomUUID().toString();
        client.applyOrderEvents(
                batch(
                        orders.completed(0, "o1", 10_000, day(0)),
                        orders.completed(1, "o2", 20_000, day(0)),
                        orders.completed(0, "o3", 5_000, day(1)).toBuilder()
                                .setCampaignId(second)
                                .build()));
        var dates = DateRange.newBuilder().setFrom("2026-03-10").setTo("2026-03-11");

        var both =
                client.batchGetCommissions(
                        BatchGetCommissionsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .addCampaignIds(orders.campaign)
                                .addCampaignIds(second)
                                .addCreatorIds(orders.creators.get(0))
                                .setDates(dates)
                                .build());

        assertEquals(
                List.of(orders.campaign + " 0 1000", second + " 0 500").stream().sorted().toList(),
                both.getCommissionsList().stream()
                        .map(
                                c ->
                                        c.getCampaignId()
                                                + " "
                                                + orders.creators.indexOf(c.getCreatorId())
                                                + " "
                                                + c.getAmount().getAmountMinor())
                        .sorted()
                        .toList(),
                "creator 1 was not asked for");
        var none =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                client.batchGetCommissions(
                                        BatchGetCommissionsRequest.newBuilder()
                                                .setBrandId(orders.brand)
                                                .addCreatorIds(orders.creators.get(0))
                                                .setDates(dates)
                                                .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, none.getStatus().getCode());
        assertEquals("campaign_id or campaign_ids is required", none.getStatus().getDescription());
    }

    /**
     * "creatorIndex postId amount" per row, creators 0..2 asked; sorted, as the rpc orders by
     * creator id, which is random here.
     */
    private List<String> commissions(LocalDate from, LocalDate to, boolean perPost) {
        var answer =
                client.batchGetCommissions(
                        BatchGetCommissionsRequest.newBuilder()
                                .setBrandId(orders.brand)
                                .setCampaignId(orders.campaign)
                                .addAllCreatorIds(orders.creators)
                                .setDates(
                                        DateRange.newBuilder()
                                                .setFrom(WireTypes.date(from))
                                                .setTo(WireTypes.date(to)))
                                .setPerPost(perPost)
                                .build());
        return answer.getCommissionsList().stream()
                .map(
                        c ->
                                orders.creators.indexOf(c.getCreatorId())
                                        + " "
                                        + c.getPostId()
                                        + " "
                                        + c.getAmount().getAmountMinor())
                .sorted()
                .toList();
    }

    @Test
    void aMalformedEventRefusesTheWholeBatchAndNamesIt() {
        var good = orders.completed(0, "o1", 10_000, day(0));
        var badPlan =
                orders.completed(0, "o2", 10_000, day(0)).toBuilder()
                        .setPlan(OrderEventFixtures.percent(10_001))
                        .build();
        var flatInDollars =
                orders.completed(0, "o3", 10_000, day(0)).toBuilder()
                        .setPlan(
                                orders.plan.toBuilder()
                                        .setBasis(CommissionBasis.COMMISSION_BASIS_FLAT)
                                        .setRateBasisPoints(0)
                                        .setFlatPerOrder(eur(100).toBuilder().setCurrency("USD")))
                        .build();

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> client.applyOrderEvents(batch(good, badPlan)));
        var currency =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> client.applyOrderEvents(batch(flatInDollars)));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(
                "events[1]: plan.rate_basis_points must be between 0 and 10000 (0–100 %), got 10001",
                error.getStatus().getDescription());
        assertEquals(
                "events[0]: plan.flat_per_order must be in the order's currency EUR, got 'USD'",
                currency.getStatus().getDescription());
        assertEquals(
                0,
                rows("select count(*) from order_event where brand_id = $1", orders)
                        .get(0)
                        .getLong(0));
        assertEquals(List.of(), ledger());
    }
}
