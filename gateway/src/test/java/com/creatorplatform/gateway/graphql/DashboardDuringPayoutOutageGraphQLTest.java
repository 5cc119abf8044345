package com.creatorplatform.gateway.graphql;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.CampaignStory;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.gateway.support.Tenants;
import com.creatorplatform.proto.campaign.v1.Goal;
import com.creatorplatform.proto.campaign.v1.GoalMetric;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The brand dashboard while payout-service is down: everything tracking and campaign-service know
 * is still answered, the commissions are null and the errors name what is missing. Its own class
 * (and its own services) because it stops payout-service for good.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class DashboardDuringPayoutOutageGraphQLTest {

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);

    private Tenants brand;
    private String campaignId;

    @AfterAll
    void close() {
        List.of(campaignChannel, trackingChannel).forEach(ManagedChannel::shutdownNow);
    }

    /** Anna: 2 clicks on her link and an order of 100.00 through it (10 % commission). */
    @BeforeAll
    void story() {
        brand = Tenants.newBrand();
        var tracking = TrackingServiceGrpc.newBlockingStub(trackingChannel);
        var story =
                CampaignStory.begin(
                        new CampaignApi(campaignChannel), tracking, brand, "Outage", 1000);
        campaignId = story.campaignId();
        story.api()
                .campaigns()
                .setCampaignGoals(
                        SetCampaignGoalsRequest.newBuilder()
                                .setBrandId(brand.brandId())
                                .setCampaignId(campaignId)
                                .addGoals(
                                        Goal.newBuilder()
                                                .setMetric(GoalMetric.GOAL_METRIC_REVENUE)
                                                .setTarget(100_000))
                                .build());
        String anna = story.activeMember("Anna");
        String link = story.link(anna, "", "");
        String click = ShopActivity.click(link, "Mozilla/5.0");
        ShopActivity.click(link, "Mozilla/5.0");
        ShopActivity.awaitClicks(tracking, brand.brandId(), 2);
        ShopActivity.order(tracking, brand.brandId(), "O-1", 10_000, click, "");
    }

    private static final String ANNA = "data.campaign.creators.nodes[0].performance";

    @Test
    void theAnswerKeepsEverythingElseAndNamesWhatIsMissing() {
        // Through GraphQL, which the @BeforeAll cannot reach yet.
        await("the outbox relay brought the order to payout-service")
                .atMost(Duration.ofSeconds(10))
                .until(() -> dashboard().getString(ANNA + ".commission.amount"), "10.00"::equals);
        PlatformServices.stop(PlatformServices.PAYOUT);

        var answer = dashboard();

        assertEquals(2, answer.getInt(ANNA + ".clicks"));
        assertEquals(1, answer.getInt(ANNA + ".orders"));
        assertEquals("100.00", answer.getString(ANNA + ".revenue.amount"));
        assertNull(answer.get(ANNA + ".commission"));
        assertEquals(
                "100.00", answer.getString("data.campaign.goals[0].progress.current.money.amount"));
        List<Map<String, Object>> errors = answer.getList("errors");
        assertFalse(errors.isEmpty());
        errors.forEach(
                error -> {
                    assertEquals("UNAVAILABLE", ((Map<?, ?>) error.get("extensions")).get("code"));
                    assertTrue(
                            ((String) error.get("message")).contains("payout-service"),
                            error.toString());
                });
    }

    private JsonPath dashboard() {
        return GraphQL.post(
                brand.viewerToken(),
                CampaignDashboardGraphQLTest.DASHBOARD,
                Map.of("id", campaignId, "first", 10));
    }
}
