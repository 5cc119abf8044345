package com.creatorplatform.gateway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.identity.CallerIdentity;
import com.creatorplatform.contract.testing.Callers;
import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.CampaignApi;
import com.creatorplatform.gateway.support.GraphQL;
import com.creatorplatform.gateway.support.PlatformServices;
import com.creatorplatform.gateway.support.ShopActivity;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.common.v1.TierMode;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.RecordConversionRequest;
import com.creatorplatform.proto.tracking.v1.RecordRefundRequest;
import com.creatorplatform.proto.tracking.v1.TrackingServiceGrpc;
import io.grpc.ManagedChannel;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Across all services as real processes: an offer in campaign-service, an order in
 * tracking-service, its commission in payout-service (through the outbox relay), and the balance
 * through GraphQL.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class OrderToCommissionFlowTest {

    private final ManagedChannel campaignChannel =
            PlatformServices.channel(PlatformServices.CAMPAIGN);
    private final ManagedChannel trackingChannel =
            PlatformServices.channel(PlatformServices.TRACKING);
    private final ManagedChannel payoutChannel = PlatformServices.channel(PlatformServices.PAYOUT);

    @AfterEach
    void close() {
        List.of(campaignChannel, trackingChannel, payoutChannel)
                .forEach(ManagedChannel::shutdownNow);
    }

    @Test
    void aCompletedOrderWithACreatorsCodeEarnsTheOfferRateAndARefundTakesItsShareBack() {
        var api = new CampaignApi(campaignChannel);
        var tracking = TrackingServiceGrpc.newBlockingStub(trackingChannel);
        var payouts = PayoutServiceGrpc.newBlockingStub(payoutChannel);
        var brand =
                api.brands()
                        .createBrand(
                                CreateBrandRequest.newBuilder()
                                        .setName("Flow brand")
                                        .setCurrency("EUR")
                                        .addAllowedDomains("northwind.example")
                                        .build())
                        .getBrand();
        var campaign =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setName("Flow")
                                        .setLandingUrl("https://northwind.example/")
                                        .setStartsOn("2026-11-01")
                                        .build());
        api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand.getId())
                                .setCampaignId(campaign.getId())
                                .setPlan(
                                        CommissionPlan.newBuilder()
                                                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                                                .setRateBasisPoints(1200)
                                                .setTierMode(TierMode.TIER_MODE_NONE))
                                .build());
        String creator =
                api.creators()
                        .createCreator(
                                CreateCreatorRequest.newBuilder()
                                        .setBrandId(brand.getId())
                                        .setName("Flo")
                                        .setEmail("flo." + UUID.randomUUID() + "@creators.example")
                                        .setCountry("DE")
                                        .build())
                        .getId();
        tracking.createDiscountCode(
                CreateDiscountCodeRequest.newBuilder()
                        .setBrandId(brand.getId())
                        .setCode("FLOW12")
                        .setCreatorId(creator)
                        .setCampaignId(campaign.getId())
                        .build());

        // The shop's order pipeline reports the order with its own service account's token, bound
        // to its brand.
        var pipeline =
                Callers.as(
                        CallerIdentity.brandService(
                                "shop-pipeline-" + brand.getId().substring(0, 8), brand.getId()),
                        TrackingServiceGrpc.newBlockingStub(trackingChannel));
        pipeline.recordConversion(
                RecordConversionRequest.newBuilder()
                        .setBrandId(brand.getId())
                        .setOrderId("F-1")
                        .setAmount(Money.newBuilder().setAmountMinor(25_000).setCurrency("EUR"))
                        .setOrderedAt(WireTypes.timestamp(Instant.now()))
                        .setDiscountCode("FLOW12")
                        .setCompleted(true)
                        .build());
        pipeline.recordRefund(
                RecordRefundRequest.newBuilder()
                        .setBrandId(brand.getId())
                        .setOrderId("F-1")
                        .setRefundId("R-1")
                        .setAmount(Money.newBuilder().setAmountMinor(5_000).setCurrency("EUR"))
                        .build());

        // 12 % of 250.00 is 30.00; a fifth was refunded, so 6.00 goes back: 24.00 owed.
        Awaitility.await("the outbox relay brought both events to payout-service")
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> ShopActivity.owed(payouts, brand.getId(), creator),
                        owed -> owed == 2_400);

        String admin = TestTokens.newUserToken("brand_admin", Map.of("brand_id", brand.getId()));
        var answer =
                GraphQL.ok(
                        admin,
                        "query($ids: [String!]!) { creatorBalances(creatorIds: $ids) { balances { amount currency } } }",
                        Map.of("ids", List.of(creator)));
        assertEquals("24.00", answer.getString("data.creatorBalances[0].balances[0].amount"));
    }
}
