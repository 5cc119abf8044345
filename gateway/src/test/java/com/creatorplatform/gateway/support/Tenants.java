package com.creatorplatform.gateway.support;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.common.v1.Money;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Test data built in one place: a brand created in campaign-service over gRPC (as the internal
 * onboarding tool does), with Keycloak users bound to it.
 */
public record Tenants(String brandId, String adminToken, String viewerToken) {

    public static Tenants newBrand() {
        return newBrand("EUR");
    }

    /** A brand selling in a currency, with a minimum payout of 50.00 in it. */
    public static Tenants newBrand(String currency) {
        var brand =
                campaignService(
                        api ->
                                api.brands()
                                        .createBrand(
                                                CreateBrandRequest.newBuilder()
                                                        .setName("Brand " + UUID.randomUUID())
                                                        .setCurrency(currency)
                                                        .addAllowedDomains("northwind.example")
                                                        .setMinimumPayout(
                                                                Money.newBuilder()
                                                                        .setAmountMinor(5000)
                                                                        .setCurrency(currency))
                                                        .build())
                                        .getBrand());
        return new Tenants(
                brand.getId(),
                TestTokens.newUserToken("brand_admin", Map.of("brand_id", brand.getId())),
                TestTokens.newUserToken("brand_viewer", Map.of("brand_id", brand.getId())));
    }

    /**
     * A creator's onboarding: their first invitation is accepted where they have no login yet (the
     * invitation link, which calls campaign-service directly), which provisions their Keycloak
     * user; they then set a password and sign in. Returns their access token.
     */
    public static String onboardCreator(String creatorId, String email, String membershipId) {
        campaignService(
                api ->
                        api.memberships()
                                .acceptInvitation(
                                        RespondToInvitationRequest.newBuilder()
                                                .setCreatorId(creatorId)
                                                .setMembershipId(membershipId)
                                                .build()));
        return TestTokens.signInWithNewPassword(email);
    }

    /** A creator on the brand's roster (from Germany); their id. */
    public String newCreator(String name, String email) {
        return campaignService(
                api ->
                        api.creators()
                                .createCreator(
                                        CreateCreatorRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setName(name)
                                                .setEmail(email)
                                                .setCountry("DE")
                                                .build())
                                .getId());
    }

    /**
     * The brand's creator shortlisted for one of its campaigns and invited; the membership's id.
     */
    public String invite(String campaignId, String creatorId) {
        return campaignService(
                api -> {
                    String membership =
                            api.memberships()
                                    .shortlist(
                                            ShortlistRequest.newBuilder()
                                                    .setBrandId(brandId)
                                                    .setCampaignId(campaignId)
                                                    .setCreatorId(creatorId)
                                                    .build())
                                    .getId();
                    api.memberships()
                            .invite(
                                    InviteRequest.newBuilder()
                                            .setBrandId(brandId)
                                            .setMembershipId(membership)
                                            .setMessage("Join us")
                                            .build());
                    return membership;
                });
    }

    /** A new creator of the brand who joined one of its campaigns (ACTIVE); their id. */
    public String activeMember(String campaignId, String name) {
        String creatorId = newCreator(name, "member-" + UUID.randomUUID() + "@creators.example");
        String membership = invite(campaignId, creatorId);
        campaignService(
                api ->
                        api.memberships()
                                .acceptInvitation(
                                        RespondToInvitationRequest.newBuilder()
                                                .setCreatorId(creatorId)
                                                .setMembershipId(membership)
                                                .build()));
        return creatorId;
    }

    public static <T> T campaignService(Function<CampaignApi, T> call) {
        var channel = PlatformServices.channel(PlatformServices.CAMPAIGN);
        try {
            return call.apply(new CampaignApi(channel));
        } finally {
            channel.shutdownNow();
        }
    }

    public static String newCreatorToken() {
        return TestTokens.newUserToken(
                "creator", Map.of("creator_id", UUID.randomUUID().toString()));
    }
}
