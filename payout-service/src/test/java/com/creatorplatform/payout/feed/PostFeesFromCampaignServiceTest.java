package com.creatorplatform.payout.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.payout.grpc.RunWatching;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc;
import com.creatorplatform.proto.campaign.v1.BrandServiceGrpc.BrandServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CampaignServiceGrpc.CampaignServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc;
import com.creatorplatform.proto.campaign.v1.ContentCalendarServiceGrpc.ContentCalendarServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc;
import com.creatorplatform.proto.campaign.v1.CreatorServiceGrpc.CreatorServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc;
import com.creatorplatform.proto.campaign.v1.MembershipServiceGrpc.MembershipServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc;
import com.creatorplatform.proto.campaign.v1.OfferServiceGrpc.OfferServiceBlockingStub;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PostFormat;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCampaignBudgetsRequest;
import com.creatorplatform.proto.payout.v1.LedgerEntry;
import com.creatorplatform.proto.payout.v1.LedgerEntryKind;
import com.creatorplatform.proto.payout.v1.ListCreatorStatementsRequest;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import io.grpc.ManagedChannel;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Post fees credited from the real campaign-service's feed of publications: posts are published
 * there as a creator would, and payout's poller (run by the test instead of its schedule) credits
 * them.
 */
@QuarkusTest
@TestProfile(PostFeesFromCampaignServiceTest.WithCampaignService.class)
class PostFeesFromCampaignServiceTest {

    public static class WithCampaignService implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(MovableClock.class);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CampaignServiceProcess.class));
        }
    }

    private static final int HOLD_DAYS = 3;

    @GrpcClient("payout")
    PayoutServiceBlockingStub payouts;

    @Inject PublishedPostsFeed feed;

    @Inject MovableClock clock;

    @Inject PgPool db;

    private ManagedChannel channel;
    private BrandServiceBlockingStub brands;
    private CampaignServiceBlockingStub campaigns;
    private OfferServiceBlockingStub offers;
    private CreatorServiceBlockingStub creators;
    private MembershipServiceBlockingStub memberships;
    private ContentCalendarServiceBlockingStub calendar;

    @BeforeEach
    void connect() {
        channel = CampaignServiceProcess.channel();
        brands = BrandServiceGrpc.newBlockingStub(channel);
        campaigns = CampaignServiceGrpc.newBlockingStub(channel);
        offers = OfferServiceGrpc.newBlockingStub(channel);
        creators = CreatorServiceGrpc.newBlockingStub(channel);
        memberships = MembershipServiceGrpc.newBlockingStub(channel);
        calendar = ContentCalendarServiceGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void disconnect() {
        clock.reset();
        channel.shutdownNow();
    }

    @Test
    void
            eachPublishedPostIsCreditedItsFeeOnceWithinTheBudgetCapAndPaidByTheRunOfTheMonthItBecamePayable()
                    throws Throwable {
        String brand =
                brands.createBrand(
                                CreateBrandRequest.newBuilder()
                                        .setName("Northwind " + UUID.randomUUID())
                                        .setCurrency("EUR")
                                        .addAllowedDomains("northwind.example")
                                        .build())
                        .getBrand()
                        .getId();
        String capped = campaign(brand, "spring", eur(4_000));
        String noFee = campaign(brand, "blog", null);
        var offer =
                offers.publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(capped)
                                .setPlan(percent().setFeePerPublishedPost(eur(2_500)))
                                .setHoldDays(HOLD_DAYS)
                                .build());
        offers.publishOffer(
                PublishOfferRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(noFee)
                        .setPlan(percent())
                        .build());
        String creator =
                creators.createCreator(
                                CreateCreatorRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setName("Anna")
                                        .setEmail("anna." + UUID.randomUUID() + "@creators.example")
                                        .setCountry("DE")
                                        .build())
                        .getId();
        join(brand, capped, creator);
        join(brand, noFee, creator);
        String first = published(brand, capped, creator, "https://instagram.com/p/first");
        String second = published(brand, capped, creator, "https://instagram.com/p/second");
        published(brand, noFee, creator, "https://instagram.com/p/free");

        int applied = poll();
        int again = poll();

        assertTrue(applied >= 3, "applied " + applied);
        assertEquals(0, again);
        var entries =
                rows(
                        "select post_id, kind, amount_minor, cause, offer_version_id, payable_at from ledger_entry where brand_id = $1"
                                + " order by amount_minor desc",
                        brand);
        assertEquals(
                List.of(
                        first + " POST_FEE 2500 post:" + first,
                        second + " POST_FEE 1500 post:" + second),
                entries.stream()
                        .map(
                                r ->
                                        r.getUUID("post_id")
                                                + " "
                                                + r.getString("kind")
                                                + " "
                                                + r.getLong("amount_minor")
                                                + " "
                                                + r.getString("cause"))
                        .toList(),
                "the second fee is cut to what remains of the 40.00 cap");
        assertEquals(offer.getId(), entries.get(0).getUUID("offer_version_id").toString());
        assertEquals(
                publishedAt(brand, first).plus(Duration.ofDays(HOLD_DAYS)),
                entries.get(0).getOffsetDateTime("payable_at").toInstant());
        var stops =
                rows(
                        "select cause, wanted_minor, granted_minor from budget_stop where brand_id = $1",
                        brand);
        assertEquals(
                List.of("post:" + second + " 2500 1500"),
                stops.stream()
                        .map(r -> r.getString(0) + " " + r.getLong(1) + " " + r.getLong(2))
                        .toList());
        var budget =
                payouts.batchGetCampaignBudgets(
                                BatchGetCampaignBudgetsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addCampaignIds(capped)
                                        .build())
                        .getBudgets(0);
        assertEquals(List.of(eur(4_000)), budget.getCommittedList());
        assertEquals(1, budget.getStoppedCredits());

        // Replayed from the start (a lost cursor): every post is delivered again and nothing
        // changes.
        db.query("update feed_cursor set position = '' where feed = 'campaign.published-posts'")
                .execute()
                .await()
                .indefinitely();
        assertTrue(poll() >= 3);
        assertEquals(2, rows("select id from ledger_entry where brand_id = $1", brand).size());
        assertEquals(1, rows("select cause from budget_stop where brand_id = $1", brand).size());

        Instant payable = entries.get(1).getOffsetDateTime("payable_at").toInstant();
        YearMonth month = YearMonth.from(payable.atOffset(ZoneOffset.UTC));
        clock.set(
                month.plusMonths(1)
                        .atDay(1)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant()
                        .plusSeconds(1));
        var run =
                RunWatching.computed(
                        payouts,
                        brand,
                        payouts.startPayoutRun(
                                StartPayoutRunRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setPeriod(month.toString())
                                        .setMinimumPayout(eur(0))
                                        .build()));
        assertEquals(1, run.getStatementsCount());
        assertEquals(eur(4_000), run.getStatements(0).getTotal());
        var statement =
                payouts.listCreatorStatements(
                                ListCreatorStatementsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCreatorId(creator)
                                        .setPage(PageRequest.newBuilder().setPageSize(10))
                                        .build())
                        .getStatements(0);
        var lines =
                statement.getLinesList().stream()
                        .sorted(
                                Comparator.comparingLong(
                                                (LedgerEntry line) ->
                                                        line.getAmount().getAmountMinor())
                                        .reversed())
                        .map(
                                line ->
                                        line.getKind()
                                                + " "
                                                + line.getPostId()
                                                + " "
                                                + line.getCause()
                                                + " "
                                                + line.getAmount().getAmountMinor())
                        .toList();
        assertEquals(
                List.of(
                        LedgerEntryKind.LEDGER_ENTRY_KIND_POST_FEE
                                + " "
                                + first
                                + " post:"
                                + first
                                + " 2500",
                        LedgerEntryKind.LEDGER_ENTRY_KIND_POST_FEE
                                + " "
                                + second
                                + " post:"
                                + second
                                + " 1500"),
                lines);
    }

    private int poll() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(feed::poll);
    }

    private String campaign(String brand, String name, Money cap) {
        var request =
                CreateCampaignRequest.newBuilder()
                        .setBrandId(brand)
                        .setName(name)
                        .setLandingUrl("https://northwind.example/" + name)
                        .setStartsOn("2026-11-01");
        if (cap != null) {
            request.setBudgetCap(cap);
        }
        return campaigns.createCampaign(request.build()).getId();
    }

    /** The creator shortlisted, invited and accepting: an ACTIVE member, who may get posts. */
    private void join(String brand, String campaign, String creator) {
        String membership =
                memberships
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setCreatorId(creator)
                                        .build())
                        .getId();
        memberships.invite(
                InviteRequest.newBuilder()
                        .setBrandId(brand)
                        .setMembershipId(membership)
                        .setMessage("Join us")
                        .build());
        memberships.acceptInvitation(
                RespondToInvitationRequest.newBuilder()
                        .setCreatorId(creator)
                        .setMembershipId(membership)
                        .build());
    }

    /** A post planned, submitted, approved and published, as brand and creator do it. */
    private String published(String brand, String campaign, String creator, String url) {
        String post =
                calendar.schedulePost(
                                SchedulePostRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setCreatorId(creator)
                                        .setPlatform(Platform.PLATFORM_INSTAGRAM)
                                        .setFormat(PostFormat.POST_FORMAT_REEL)
                                        .setScheduledAt(
                                                WireTypes.timestamp(
                                                        Instant.now().plus(Duration.ofDays(1))))
                                        .setBrief("Spring trail run")
                                        .build())
                        .getId();
        calendar.submitPost(
                SubmitPostRequest.newBuilder()
                        .setCreatorId(creator)
                        .setPostId(post)
                        .setCaption("Trail run #ad")
                        .build());
        calendar.approvePost(
                ApprovePostRequest.newBuilder().setBrandId(brand).setPostId(post).build());
        calendar.publishPost(
                PublishPostRequest.newBuilder()
                        .setCreatorId(creator)
                        .setPostId(post)
                        .setCaption("Trail run #ad")
                        .setPublishedUrl(url)
                        .build());
        return post;
    }

    private Instant publishedAt(String brand, String post) {
        return WireTypes.instant(
                calendar.batchGetPosts(
                                BatchGetPostsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(post)
                                        .build())
                        .getPosts(0)
                        .getPublishedAt());
    }

    private List<Row> rows(String sql, String brand) {
        var rows = new ArrayList<Row>();
        db.preparedQuery(sql)
                .execute(Tuple.of(UUID.fromString(brand)))
                .await()
                .indefinitely()
                .forEach(rows::add);
        return rows;
    }

    private static CommissionPlan.Builder percent() {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setRateBasisPoints(1000);
    }

    private static Money eur(long minor) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency("EUR").build();
    }
}
