package com.creatorplatform.campaign.grpc;

import static com.creatorplatform.campaign.grpc.Fixtures.account;
import static com.creatorplatform.campaign.grpc.Fixtures.creator;
import static com.creatorplatform.proto.campaign.v1.Platform.PLATFORM_INSTAGRAM;
import static com.creatorplatform.proto.campaign.v1.Platform.PLATFORM_YOUTUBE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.creatorplatform.proto.campaign.v1.RankCandidatesRequest;
import com.creatorplatform.proto.campaign.v1.RankedCandidate;
import com.creatorplatform.proto.campaign.v1.SetCampaignAudienceRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Campaign audience and candidate ranking through a real gRPC client. */
@QuarkusTest
class SelectionGrpcServiceTest {

    @Inject CampaignApi api;

    @Inject PgPool db;

    @Test
    void theAudienceIsStoredNormalised() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Audience");

        var updated =
                api.campaigns()
                        .setCampaignAudience(
                                SetCampaignAudienceRequest.newBuilder()
                                        .setBrandId(brand)
                                        .setCampaignId(campaign)
                                        .addTargetNiches("Trail ")
                                        .addTargetNiches("running")
                                        .addTargetCountries("de")
                                        .build());

        assertEquals(List.of("trail", "running"), updated.getTargetNichesList());
        var stored =
                Fixtures.row(
                        db,
                        "select target_niches, target_countries from campaign where id = $1",
                        campaign);
        assertEquals("DE", stored.getArrayOfStrings("target_countries")[0]);
    }

    @Test
    void candidatesAreRankedBestFirstWithTheirBreakdownOnlyFromTheBrandAndNotYetInTheCampaign() {
        String brand = Fixtures.brandId(api);
        String campaign = Fixtures.draft(api, brand, "Rank");
        api.campaigns()
                .setCampaignAudience(
                        SetCampaignAudienceRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .addTargetNiches("running")
                                .addTargetCountries("DE")
                                .build());
        var buyers =
                api.creators()
                        .createCreator(
                                creator(brand, "Small Buyers", "DE", "running")
                                        .addAccounts(
                                                account(PLATFORM_INSTAGRAM, 20_000, 500)
                                                        .setConversionRateBasisPoints(250))
                                        .build())
                        .getId();
        var crowd =
                api.creators()
                        .createCreator(
                                creator(brand, "Large Crowd", "DE", "running")
                                        .addAccounts(
                                                account(PLATFORM_INSTAGRAM, 2_000_000, 80)
                                                        .setConversionRateBasisPoints(20))
                                        .build())
                        .getId();
        var tuber =
                api.creators()
                        .createCreator(
                                creator(brand, "Tuber", "DE", "running")
                                        .addAccounts(account(PLATFORM_YOUTUBE, 30_000, 400))
                                        .build())
                        .getId();
        api.creators()
                .createCreator(
                        creator(Fixtures.brandId(api), "Elsewhere", "DE", "running")
                                .addAccounts(
                                        account(PLATFORM_INSTAGRAM, 20_000, 900)
                                                .setConversionRateBasisPoints(900))
                                .build());

        var all = rank(brand, campaign, null);
        var onInstagram = rank(brand, campaign, PLATFORM_INSTAGRAM);

        assertEquals(
                List.of(buyers, tuber, crowd),
                all.stream().map(c -> c.getCreator().getId()).toList());
        assertEquals(
                List.of(buyers, crowd),
                onInstagram.stream().map(c -> c.getCreator().getId()).toList());
        assertEquals(1.0, all.get(0).getBreakdown().getNicheFit());

        api.memberships()
                .shortlist(
                        ShortlistRequest.newBuilder()
                                .setBrandId(brand)
                                .setCampaignId(campaign)
                                .setCreatorId(buyers)
                                .build());
        assertEquals(
                List.of(tuber, crowd),
                rank(brand, campaign, null).stream().map(c -> c.getCreator().getId()).toList());
    }

    @Test
    void rankingAnotherBrandsCampaignIsNotFound() {
        String campaign = Fixtures.draft(api, Fixtures.brandId(api), "Hidden");

        var error =
                assertThrows(
                        StatusRuntimeException.class,
                        () -> rank(Fixtures.brandId(api), campaign, null));
        assertEquals(Status.Code.NOT_FOUND, error.getStatus().getCode());
    }

    private List<RankedCandidate> rank(
            String brand,
            String campaign,
            com.creatorplatform.proto.campaign.v1.Platform platform) {
        var request = RankCandidatesRequest.newBuilder().setBrandId(brand).setCampaignId(campaign);
        if (platform != null) {
            request.setPlatform(platform);
        }
        return api.creators().rankCandidates(request.build()).getCandidatesList();
    }
}
