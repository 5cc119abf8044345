package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.eur;
import static com.creatorplatform.campaign.grpc.Fixtures.percent;
import static com.creatorplatform.contract.WireTypes.timestamp;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.campaign.v1.AttributionPriority;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersRequest;
import com.creatorplatform.proto.campaign.v1.CampaignStatus;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsRequest;
import com.creatorplatform.proto.campaign.v1.Offer;
import com.creatorplatform.proto.campaign.v1.OfferQuery;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ResolvedOffer;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.CommissionTier;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.creatorplatform.proto.common.v1.RevenueBonus;
import com.creatorplatform.proto.common.v1.TierMode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Offer versions through a real gRPC client, checked in the real database. */
@QuarkusTest
class OfferGrpcServiceTest {

    /**
     * Whole seconds a day ahead, so that every version is in the future and boundaries are exact.
     */
    private static final Instant T0 =
            Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Test
    void aPublishedOfferTakesTheDefaultsAndStoresItsPlan() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Defaults");

        var offer =
                api.offers()
                        .publishOffer(
                                PublishOfferRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setPlan(
                                                percent(1000)
                                                        .setTierMode(TierMode.TIER_MODE_MARGINAL)
                                                        .addTiers(
                                                                CommissionTier.newBuilder()
                                                                        .setFromMinor(0)
                                                                        .setRateBasisPoints(1000))
                                                        .addTiers(
                                                                CommissionTier.newBuilder()
                                                                        .setFromMinor(100_000)
                                                                        .setRateBasisPoints(1500))
                                                        .addBonuses(
                                                                RevenueBonus.newBuilder()
                                                                        .setThresholdMinor(500_000)
                                                                        .setAmount(eur(10_000)))
                                                        .setFeePerPublishedPost(eur(2_500)))
                                        .setAudienceDiscountPercent(15)
                                        .build());

        assertEquals(30, offer.getAttributionWindowDays());
        assertEquals(30, offer.getHoldDays());
        assertEquals(AttributionPriority.ATTRIBUTION_PRIORITY_CODE_WINS, offer.getPriority());
        assertEquals(2, offer.getPlan().getTiersCount());
        var stored =
                Fixtures.row(
                        db,
                        "select brand_id, tier_mode, tier_from_minor, bonus_amount_minor, fee_per_published_post_minor,"
                                + " audience_discount_percent, currency from offer where id = $1",
                        offer.getId());
        assertEquals(brand, stored.getUUID("brand_id").toString());
        assertEquals("MARGINAL", stored.getString("tier_mode"));
        assertEquals(100_000L, stored.getArrayOfLongs("tier_from_minor")[1]);
        assertEquals(10_000L, stored.getArrayOfLongs("bonus_amount_minor")[0]);
        assertEquals(2_500L, stored.getLong("fee_per_published_post_minor"));
        assertEquals(15, stored.getInteger("audience_discount_percent"));
        assertEquals("EUR", stored.getString("currency"));
    }

    @Test
    void aBadPlanIsRefusedWithItsReasonAndNothingIsStored() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Bad");

        assertRefused(
                brand,
                campaign,
                percent(10_001),
                "plan.rate_basis_points must be between 0 and 10000 (0–100 %), got 10001");
        assertRefused(
                brand,
                campaign,
                CommissionPlan.newBuilder().setBasis(CommissionBasis.COMMISSION_BASIS_FLAT),
                "plan.flat_per_order is required for a FLAT basis");
        assertRefused(
                brand,
                campaign,
                CommissionPlan.newBuilder()
                        .setBasis(CommissionBasis.COMMISSION_BASIS_FLAT)
                        .setFlatPerOrder(eur(500).toBuilder().setCurrency("USD")),
                "plan.flat_per_order must be in the brand's currency EUR, got 'USD'");
        assertRefused(
                brand,
                campaign,
                percent(1000)
                        .setTierMode(TierMode.TIER_MODE_WHOLE)
                        .addTiers(
                                CommissionTier.newBuilder()
                                        .setFromMinor(50_000)
                                        .setRateBasisPoints(1000)),
                "plan.tiers: the first tier must start at 0, got 50000");
        assertRefused(
                brand,
                campaign,
                percent(1000).setFeePerPublishedPost(eur(-1)),
                "plan.fee_per_published_post must not be negative, got -1");
        assertEquals(
                0L,
                Fixtures.row(db, "select count(*) from offer where campaign_id = $1", campaign)
                        .getLong(0));
    }

    @Test
    void windowHoldAndDiscountOutsideTheirRangesAreRefused() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Ranges");
        var base =
                PublishOfferRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(campaign)
                        .setPlan(percent(1000));

        assertInvalid(
                base.clone().setAttributionWindowDays(0).build(),
                "attribution_window_days must be between 1 and 365, got 0");
        assertInvalid(
                base.clone().setHoldDays(366).build(),
                "hold_days must be between 0 and 365, got 366");
        assertInvalid(
                base.clone().setAudienceDiscountPercent(101).build(),
                "audience_discount_percent must be between 0 and 100, got 101");
        assertEquals(
                0, api.offers().publishOffer(base.clone().setHoldDays(0).build()).getHoldDays());
    }

    @Test
    void aNewVersionMustTakeEffectAfterTheLatestAndNeverInThePast() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Order");
        publish(brand, campaign, T0, 1000);

        var before =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> publish(brand, campaign, T0.minusSeconds(1), 1200));
        assertEquals(Status.Code.FAILED_PRECONDITION, before.getStatus().getCode());
        var past =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> publish(brand, campaign, Instant.now().minusSeconds(60), 1200));
        assertEquals(Status.Code.INVALID_ARGUMENT, past.getStatus().getCode());
        assertEquals(
                1L,
                Fixtures.row(db, "select count(*) from offer where campaign_id = $1", campaign)
                        .getLong(0));
    }

    @Test
    void anEndedCampaignsOfferCannotChange() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Over");
        move(brand, campaign, CampaignStatus.CAMPAIGN_STATUS_ACTIVE);
        move(brand, campaign, CampaignStatus.CAMPAIGN_STATUS_ENDED);

        var error =
                assertThrows(
                        StatusRuntimeException.class, () -> publish(brand, campaign, T0, 1000));
        assertEquals(Status.Code.FAILED_PRECONDITION, error.getStatus().getCode());
    }

    @Test
    void resolveFindsTheVersionInEffectToTheSecondInOneAnswerInTheOrderAsked() {
        String brand = Fixtures.brandId(api);
        String capped =
                api.campaigns()
                        .createCampaign(
                                CreateCampaignRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setName("Capped")
                                        .setLandingUrl("https://northwind.example/")
                                        .setStartsOn("2026-12-01")
                                        .setBudgetCap(eur(900_000))
                                        .build())
                        .getId();
        String other = Fixtures.draft(api, brand, "Other");
        var first = publish(brand, capped, T0, 1000);
        var second = publish(brand, capped, T0.plusSeconds(3600), 1200);
        var others = publish(brand, other, T0, 800);
        move(brand, capped, CampaignStatus.CAMPAIGN_STATUS_ACTIVE);

        var answer =
                resolve(
                        brand,
                        List.of(
                                query(capped, T0.minusSeconds(1)),
                                query(capped, T0),
                                query(other, T0.plusSeconds(7200)),
                                query(capped, T0.plusSeconds(3599)),
                                query(capped, T0.plusSeconds(3600)),
                                query(UUID.randomUUID().toString(), T0)));

        assertEquals(
                List.of(first.getId(), others.getId(), first.getId(), second.getId()),
                answer.stream().map(r -> r.getOffer().getId()).toList());
        assertEquals(query(capped, T0), answer.get(0).getQuery());
        assertEquals(CampaignStatus.CAMPAIGN_STATUS_ACTIVE, answer.get(0).getCampaignStatus());
        assertEquals(eur(900_000), answer.get(0).getBudgetCap());
        assertFalse(answer.get(1).hasBudgetCap());
        assertEquals(1200, answer.get(3).getOffer().getPlan().getRateBasisPoints());
    }

    @Test
    void resolveLeavesOutAnotherBrandsCampaignAndRefusesAQueryWithoutTime() {
        String brand = Fixtures.brandId(api);
        String stranger = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Mine");
        publish(brand, campaign, T0, 1000);

        assertTrue(resolve(stranger, List.of(query(campaign, T0))).isEmpty());
        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () ->
                                api.offers()
                                        .resolveOffers(
                                                ResolveOffersRequest.newBuilder()
                                                        .setBrandId(brand)
                                                        .addQueries(
                                                                OfferQuery.newBuilder()
                                                                        .setCampaignId(campaign))
                                                        .build()));
        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals("queries.at is required", error.getStatus().getDescription());
    }

    @Test
    void versionsAreReadByIdWithinTheBrandAndListedLatestFirstInPages() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Versions");
        var v1 = publish(brand, campaign, T0, 1000);
        var v2 = publish(brand, campaign, T0.plusSeconds(60), 1100);
        var v3 = publish(brand, campaign, T0.plusSeconds(120), 1200);

        assertEquals(
                List.of(v3, v1),
                api.offers()
                        .batchGetOffers(
                                BatchGetOffersRequest.newBuilder()
                                        .setBrandId(brand)
                                        .addIds(v3.getId())
                                        .addIds(v1.getId())
                                        .build())
                        .getOffersList());
        assertTrue(
                api.offers()
                        .batchGetOffers(
                                BatchGetOffersRequest.newBuilder()
                                        .setBrandId(Fixtures.brandId(api))
                                        .addIds(v1.getId())
                                        .build())
                        .getOffersList()
                        .isEmpty());

        var page =
                api.offers()
                        .listOfferVersions(
                                ListOfferVersionsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setPage(PageRequest.newBuilder().setPageSize(2))
                                        .build());
        var rest =
                api.offers()
                        .listOfferVersions(
                                ListOfferVersionsRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .setPage(
                                                PageRequest.newBuilder()
                                                        .setPageSize(2)
                                                        .setCursor(
                                                                page.getPageInfo().getNextCursor()))
                                        .build());
        assertEquals(List.of(v3, v2), page.getOffersList());
        assertEquals(List.of(v1), rest.getOffersList());
        assertTrue(rest.getPageInfo().getNextCursor().isEmpty());
    }

    private Offer publish(String brand, String campaign, Instant effectiveFrom, int basisPoints) {
        return api.offers()
                .publishOffer(
                        PublishOfferRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setEffectiveFrom(timestamp(effectiveFrom))
                                .setPlan(percent(basisPoints))
                                .build());
    }

    private void move(String brand, String campaign, CampaignStatus status) {
        api.campaigns()
                .changeCampaignStatus(
                        ChangeCampaignStatusRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setStatus(status)
                                .build());
    }

    private List<ResolvedOffer> resolve(String brand, List<OfferQuery> queries) {
        return api.offers()
                .resolveOffers(
                        ResolveOffersRequest.newBuilder()
                                .setBrandId(brand)
                                .addAllQueries(queries)
                                .build())
                .getOffersList();
    }

    private static OfferQuery query(String campaign, Instant at) {
        return OfferQuery.newBuilder().setCampaignId(campaign).setAt(timestamp(at)).build();
    }

    private void assertRefused(
            String brand, String campaign, CommissionPlan.Builder plan, String message) {
        assertInvalid(
                PublishOfferRequest.newBuilder()
                        .setBrandId(brand)
                        .setCampaignId(campaign)
                        .setPlan(plan)
                        .build(),
                message);
    }

    private void assertInvalid(PublishOfferRequest request, String message) {
        var error =
                assertThrows(
                        StatusRuntimeException.class, () -> api.offers().publishOffer(request));
        assertEquals(Status.Code.INVALID_ARGUMENT, error.getStatus().getCode());
        assertEquals(message, error.getStatus().getDescription());
    }
}
