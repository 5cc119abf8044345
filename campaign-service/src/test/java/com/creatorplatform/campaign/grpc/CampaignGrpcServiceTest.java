package com.creatorplatform.campaign.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.Goal;
import com.creatorplatform.proto.campaign.v1.GoalMetric;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.PublishWebhookEventsRequest;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.campaign.v1.WebhookEvent;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Through a real gRPC client against the running service and its real database. */
@QuarkusTest
class CampaignGrpcServiceTest {

    @Inject CampaignApi api;

    @Inject PgPool db;

    private CreateBrandResponse newBrand() {
        return Fixtures.newBrand(api);
    }

    private Row row(String sql, Object id) {
        return Fixtures.row(db, sql, id);
    }

    @Test
    void createBrandStoresTheBrandAndReturnsItsSecretOnce() {
        var created = newBrand();

        var stored =
                row(
                        "select name, currency, allowed_domains, webhook_secret, minimum_payout_minor from brand where id = $1",
                        created.getBrand().getId());
        assertEquals(created.getBrand().getName(), stored.getString("name"));
        assertEquals("EUR", stored.getString("currency"));
        assertEquals("northwind.example", stored.getArrayOfStrings("allowed_domains")[0]);
        assertEquals(created.getWebhookSecret(), stored.getString("webhook_secret"));
        assertEquals(5000L, stored.getLong("minimum_payout_minor"));
        assertTrue(created.getWebhookSecret().length() >= 40, "secret has 256 bits");
    }

    @Test
    void theWebhookSecretIsGivenToTrackingAndAnUnknownBrandIsNotFound() {
        var created = newBrand();
        var secret =
                api.brands()
                        .getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder()
                                        .setBrandId(created.getBrand().getId())
                                        .build());
        assertEquals(created.getWebhookSecret(), secret.getWebhookSecret());

        var unknown =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.brands()
                                        .getWebhookSecret(
                                                GetWebhookSecretRequest.newBuilder()
                                                        .setBrandId(UUID.randomUUID().toString())
                                                        .build()));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());
    }

    @Test
    void aRotatedSecretIsReturnedOnceAndTheOldOneIsKeptForTheOverlap() {
        var created = newBrand();
        String brandId = created.getBrand().getId();
        assertTrue(created.getWebhookSecret().startsWith("whsec_"), created.getWebhookSecret());

        var rotated =
                api.brands()
                        .rotateWebhookSecret(
                                RotateWebhookSecretRequest.newBuilder()
                                        .setBrandId(brandId)
                                        .setOverlapMinutes(90)
                                        .build());
        var secrets =
                api.brands()
                        .getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder().setBrandId(brandId).build());

        assertTrue(rotated.getWebhookSecret().startsWith("whsec_"));
        assertEquals(rotated.getWebhookSecret(), secrets.getWebhookSecret());
        assertEquals(created.getWebhookSecret(), secrets.getPreviousWebhookSecret());
        assertEquals(rotated.getPreviousValidUntil(), secrets.getPreviousValidUntil());
        var stored =
                row(
                        "select previous_secret_valid_until - now() < interval '91 minutes'"
                                + " and previous_secret_valid_until - now() > interval '89 minutes' as ninety"
                                + " from brand where id = $1",
                        brandId);
        assertTrue(stored.getBoolean("ninety"));

        var tooLong =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.brands()
                                        .rotateWebhookSecret(
                                                RotateWebhookSecretRequest.newBuilder()
                                                        .setBrandId(brandId)
                                                        .setOverlapMinutes(10_081)
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, tooLong.getStatus().getCode());
        assertEquals(
                "overlap_minutes must be from 0 to 10080", tooLong.getStatus().getDescription());
        assertEquals(
                rotated.getWebhookSecret(),
                api.brands()
                        .getWebhookSecret(
                                GetWebhookSecretRequest.newBuilder().setBrandId(brandId).build())
                        .getWebhookSecret(),
                "a refused rotation changes nothing");
    }

    @Test
    void createCampaignStoresADraftOnTheBrandsDomain() {
        var brand = newBrand().getBrand();
        var campaign =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setName("Winter Trails")
                                        .setLandingUrl("https://shop.northwind.example/winter")
                                        .setStartsOn("2026-12-01")
                                        .setEndsOn("2027-02-28")
                                        .setBudgetCap(Fixtures.eur(2_000_000))
                                        .build());

        assertEquals(CampaignStatus.CAMPAIGN_STATUS_DRAFT, campaign.getStatus());
        var stored =
                row(
                        "select brand_id, status, landing_url, starts_on, ends_on, budget_cap_minor from campaign where id = $1",
                        campaign.getId());
        assertEquals(brand.getId(), stored.getUUID("brand_id").toString());
        assertEquals("DRAFT", stored.getString("status"));
        assertEquals("https://shop.northwind.example/winter", stored.getString("landing_url"));
        assertEquals("2026-12-01", stored.getLocalDate("starts_on").toString());
        assertEquals(2_000_000L, stored.getLong("budget_cap_minor"));
    }

    @Test
    void aLandingPageOffTheBrandsDomainsIsRefusedAndNothingIsStored() {
        var brand = newBrand().getBrand();
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .createCampaign(
                                                CreateCampaignRequest.newBuilder()
                                                        .setBrandId(brand.getId())
                                                        .setName("Phish")
                                                        .setLandingUrl(
                                                                "https://northwind.example@evil.example/")
                                                        .setStartsOn("2026-12-01")
                                                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(
                0L,
                row("select count(*) from campaign where brand_id = $1", brand.getId()).getLong(0));
    }

    @Test
    void anUnknownBrandIsNotFoundAndAMalformedIdIsInvalid() {
        var unknown =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .createCampaign(
                                                CreateCampaignRequest.newBuilder()
                                                        .setBrandId(UUID.randomUUID().toString())
                                                        .setName("x")
                                                        .setLandingUrl("https://a.example")
                                                        .setStartsOn("2026-12-01")
                                                        .build()));
        assertEquals(Status.Code.NOT_FOUND, unknown.getStatus().getCode());

        var malformed =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .createCampaign(
                                                CreateCampaignRequest.newBuilder()
                                                        .setBrandId("42")
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, malformed.getStatus().getCode());
        assertEquals("brand_id must be a UUID, got '42'", malformed.getStatus().getDescription());

        // A hostile 10,000-character id is refused as invalid, not INTERNAL: the answer does not
        // echo it whole.
        var huge =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .batchGetCampaigns(
                                                BatchGetCampaignsRequest.newBuilder()
                                                        .setBrandId(UUID.randomUUID().toString())
                                                        .addIds("9".repeat(10_000))
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, huge.getStatus().getCode());
        assertEquals(
                "ids must be a UUID, got '" + "9".repeat(64) + "... (10000 characters)'",
                huge.getStatus().getDescription());
    }

    @Test
    void batchGetAnswersInTheOrderAskedAndHidesOtherBrandsCampaigns() {
        var brand = newBrand().getBrand();
        var other = newBrand().getBrand();
        var first = draft(brand.getId(), "First");
        var second = draft(brand.getId(), "Second");
        var foreign = draft(other.getId(), "Foreign");

        var found =
                api.campaigns()
                        .batchGetCampaigns(
                                BatchGetCampaignsRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .addAllIds(
                                                List.of(
                                                        second,
                                                        foreign,
                                                        first,
                                                        UUID.randomUUID().toString()))
                                        .build())
                        .getCampaignsList();

        assertEquals(List.of(second, first), found.stream().map(c -> c.getId()).toList());
    }

    @Test
    void listPagesNewestFirstWithACursor() {
        var brand = newBrand().getBrand();
        var ids =
                List.of(
                        draft(brand.getId(), "A"),
                        draft(brand.getId(), "B"),
                        draft(brand.getId(), "C"));

        var firstPage =
                api.campaigns()
                        .listCampaigns(
                                ListCampaignsRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setPage(PageRequest.newBuilder().setPageSize(2))
                                        .build());
        var secondPage =
                api.campaigns()
                        .listCampaigns(
                                ListCampaignsRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setPage(
                                                PageRequest.newBuilder()
                                                        .setPageSize(2)
                                                        .setCursor(
                                                                firstPage
                                                                        .getPageInfo()
                                                                        .getNextCursor()))
                                        .build());

        assertEquals(
                List.of(ids.get(2), ids.get(1)),
                firstPage.getCampaignsList().stream().map(c -> c.getId()).toList());
        assertFalse(firstPage.getPageInfo().getNextCursor().isEmpty());
        assertEquals(
                List.of(ids.get(0)),
                secondPage.getCampaignsList().stream().map(c -> c.getId()).toList());
        assertTrue(secondPage.getPageInfo().getNextCursor().isEmpty());
    }

    private String draft(String brandId, String name) {
        return Fixtures.draft(api, brandId, name);
    }

    @Test
    void aCampaignGoesLiveAndPausesButAnIllegalMoveIsRefusedNamingTheStates() {
        var brand = newBrand().getBrand();
        var id = draft(brand.getId(), "Live");

        var live =
                api.campaigns()
                        .changeCampaignStatus(
                                status(brand.getId(), id, CampaignStatus.CAMPAIGN_STATUS_ACTIVE));
        assertEquals(CampaignStatus.CAMPAIGN_STATUS_ACTIVE, live.getStatus());
        api.campaigns()
                .changeCampaignStatus(
                        status(brand.getId(), id, CampaignStatus.CAMPAIGN_STATUS_ENDED));

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .changeCampaignStatus(
                                                status(
                                                        brand.getId(),
                                                        id,
                                                        CampaignStatus.CAMPAIGN_STATUS_PAUSED)));
        assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
        assertEquals(
                "a campaign cannot move from ENDED to PAUSED", error.getStatus().getDescription());
        assertEquals(
                "ENDED", row("select status from campaign where id = $1", id).getString("status"));
    }

    @Test
    void anotherBrandCannotMoveTheCampaignAndAnUnspecifiedStatusIsInvalid() {
        var brand = newBrand().getBrand();
        var id = draft(brand.getId(), "Mine");

        var foreign =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .changeCampaignStatus(
                                                status(
                                                        newBrand().getBrand().getId(),
                                                        id,
                                                        CampaignStatus.CAMPAIGN_STATUS_ACTIVE)));
        assertEquals(Status.Code.NOT_FOUND, foreign.getStatus().getCode());

        var unspecified =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .changeCampaignStatus(
                                                status(
                                                        brand.getId(),
                                                        id,
                                                        CampaignStatus
                                                                .CAMPAIGN_STATUS_UNSPECIFIED)));
        assertEquals(Status.Code.INVALID_ARGUMENT, unspecified.getStatus().getCode());
        assertEquals(
                "DRAFT", row("select status from campaign where id = $1", id).getString("status"));
    }

    @Test
    void goalsAreStoredWithTheCampaignAndReplacedAsAWhole() {
        var brand = newBrand().getBrand();
        var campaign =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setName("Goals")
                                        .setLandingUrl("https://northwind.example/")
                                        .setStartsOn("2026-12-01")
                                        .addGoals(
                                                goal(
                                                        GoalMetric.GOAL_METRIC_REVENUE,
                                                        5_000_000,
                                                        "2026-12-01",
                                                        "2026-12-31"))
                                        .addGoals(
                                                goal(
                                                        GoalMetric.GOAL_METRIC_PUBLISHED_POSTS,
                                                        12,
                                                        "",
                                                        ""))
                                        .build());
        assertEquals(2, campaign.getGoalsCount());
        assertEquals(
                2L,
                row("select count(*) from campaign_goal where campaign_id = $1", campaign.getId())
                        .getLong(0));

        var replaced =
                api.campaigns()
                        .setCampaignGoals(
                                SetCampaignGoalsRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setCampaignId(campaign.getId())
                                        .addGoals(
                                                goal(
                                                        GoalMetric.GOAL_METRIC_ORDERS,
                                                        300,
                                                        "",
                                                        "2027-01-31"))
                                        .build());

        assertEquals(
                List.of(goal(GoalMetric.GOAL_METRIC_ORDERS, 300, "", "2027-01-31")),
                replaced.getGoalsList());
        var stored =
                row(
                        "select metric, target, starts_on, ends_on from campaign_goal where campaign_id = $1",
                        campaign.getId());
        assertEquals("ORDERS", stored.getString("metric"));
        assertEquals(300L, stored.getLong("target"));
        assertEquals("2027-01-31", stored.getLocalDate("ends_on").toString());
        assertEquals(
                List.of(replaced.getGoalsList()),
                api
                        .campaigns()
                        .batchGetCampaigns(
                                BatchGetCampaignsRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .addIds(campaign.getId())
                                        .build())
                        .getCampaignsList()
                        .stream()
                        .map(c -> c.getGoalsList())
                        .toList());
    }

    @Test
    void twoGoalsOnOneMetricAreRefusedAndTheOldGoalsStay() {
        var brand = newBrand().getBrand();
        var id = draft(brand.getId(), "Twice");
        api.campaigns()
                .setCampaignGoals(
                        SetCampaignGoalsRequest.newBuilder()
                                .setBrandId(brand.getId())
                                .setCampaignId(id)
                                .addGoals(goal(GoalMetric.GOAL_METRIC_CLICKS, 1000, "", ""))
                                .build());

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.campaigns()
                                        .setCampaignGoals(
                                                SetCampaignGoalsRequest.newBuilder()
                                                        .setBrandId(brand.getId())
                                                        .setCampaignId(id)
                                                        .addGoals(
                                                                goal(
                                                                        GoalMetric
                                                                                .GOAL_METRIC_ORDERS,
                                                                        10,
                                                                        "",
                                                                        ""))
                                                        .addGoals(
                                                                goal(
                                                                        GoalMetric
                                                                                .GOAL_METRIC_ORDERS,
                                                                        20,
                                                                        "",
                                                                        ""))
                                                        .build()));

        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals("goals: more than one goal for ORDERS", error.getStatus().getDescription());
        assertEquals(
                "CLICKS",
                row("select metric from campaign_goal where campaign_id = $1", id)
                        .getString("metric"));
    }

    @Test
    void aBatchOfWebhookEventsIsStoredOnceByIdWithOneDeliveryPerSubscribedEndpoint() {
        String shop = newBrand().getBrand().getId();
        String quiet = newBrand().getBrand().getId();
        String orders = Fixtures.endpoint(db, shop, "order.attributed", "order.refunded");
        String credits = Fixtures.endpoint(db, shop, "commission.credited");
        String tag = UUID.randomUUID().toString();
        var earlier = event("early:" + tag, shop, "order.attributed");
        assertEquals(1, publish(List.of(earlier)));
        var batch =
                List.of(
                        event("a:" + tag, shop, "order.attributed"),
                        event("b:" + tag, shop, "commission.credited"),
                        event("c:" + tag, shop, "post.published"),
                        event("a:" + tag, shop, "order.refunded"),
                        earlier,
                        event("d:" + tag, quiet, "order.attributed"),
                        event("e:" + tag, UUID.randomUUID().toString(), "order.attributed"));

        assertEquals(2, publish(batch), "a:… to orders, b:… to credits");
        assertEquals(0, publish(batch), "the same batch again is the same events");

        assertEquals(
                3,
                count("select count(*) from webhook_event where id like $1", "%:" + tag),
                "early:, a:, b:; not c: (no endpoint subscribes), d: (no endpoint), e: (no brand)");
        assertEquals(
                "order.attributed",
                Fixtures.row(
                                db,
                                "select type from webhook_event where brand_id = $1 and id like 'a:%'",
                                shop)
                        .getString("type"),
                "the first of an id in a batch is the one stored");
        assertEquals(
                2,
                count(
                        "select count(*) from webhook_delivery where endpoint_id = $1",
                        UUID.fromString(orders)));
        assertEquals(
                1,
                count(
                        "select count(*) from webhook_delivery where endpoint_id = $1",
                        UUID.fromString(credits)));
        assertEquals(
                0,
                count(
                        "select count(*) from webhook_delivery where brand_id = $1",
                        UUID.fromString(quiet)));
    }

    private static WebhookEvent event(String id, String brandId, String type) {
        return WebhookEvent.newBuilder()
                .setEventId(id)
                .setBrandId(brandId)
                .setType(type)
                .setOccurredAt(WireTypes.timestamp(Instant.parse("2026-12-01T10:00:00Z")))
                .setDataJson("{\"id\":\"" + id + "\"}")
                .build();
    }

    private int publish(List<WebhookEvent> events) {
        return api.webhooks()
                .publishWebhookEvents(
                        PublishWebhookEventsRequest.newBuilder().addAllEvents(events).build())
                .getDeliveries();
    }

    private long count(String sql, Object param) {
        return db.preparedQuery(sql)
                .execute(Tuple.of(param))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getLong(0);
    }

    private static ChangeCampaignStatusRequest status(
            String brandId, String campaignId, CampaignStatus status) {
        return ChangeCampaignStatusRequest.newBuilder()
                .setBrandId(brandId)
                .setCampaignId(campaignId)
                .setStatus(status)
                .build();
    }

    private static Goal goal(GoalMetric metric, long target, String from, String to) {
        return Goal.newBuilder()
                .setMetric(metric)
                .setTarget(target)
                .setTimeframe(DateRange.newBuilder().setFrom(from).setTo(to))
                .build();
    }
}
