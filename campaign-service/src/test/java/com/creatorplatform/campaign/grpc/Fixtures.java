package com.creatorplatform.campaign.grpc;

import static io.restassured.RestAssured.given;

import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.Platform;
import com.creatorplatform.proto.campaign.v1.PlatformAccount;
import com.creatorplatform.proto.campaign.v1.Post;
import com.creatorplatform.proto.campaign.v1.PostFormat;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.common.v1.CommissionBasis;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.Money;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/** Test data for the gRPC tests, built through the service itself, and reads of what it stored. */
final class Fixtures {

    private Fixtures() {}

    static CreateBrandResponse newBrand(CampaignApi api) {
        return api.brands()
                .createBrand(
                        CreateBrandRequest.newBuilder()
                                .setName("Northwind " + UUID.randomUUID())
                                .setCurrency("EUR")
                                .addAllowedDomains("northwind.example")
                                .setMinimumPayout(eur(5000))
                                .build());
    }

    static String brandId(CampaignApi api) {
        return newBrand(api).getBrand().getId();
    }

    /** A draft campaign of the brand, landing on the brand's domain. */
    static String draft(CampaignApi api, String brandId, String name) {
        return api.campaigns()
                .createCampaign(
                        CreateCampaignRequest.newBuilder()
                                .setBrandId(brandId)
                                .setName(name)
                                .setLandingUrl("https://northwind.example/" + name)
                                .setStartsOn("2026-12-01")
                                .build())
                .getId();
    }

    /** A creator request with a unique email, to be completed by the test. */
    static CreateCreatorRequest.Builder creator(
            String brandId, String name, String country, String... niches) {
        return CreateCreatorRequest.newBuilder()
                .setBrandId(brandId)
                .setName(name)
                .setEmail(
                        name.toLowerCase().replace(' ', '.')
                                + "."
                                + UUID.randomUUID()
                                + "@creators.example")
                .setCountry(country)
                .addAllNiches(List.of(niches));
    }

    /**
     * A new creator of the brand who has accepted an invitation to the campaign (and so has a
     * login).
     */
    static String activeMember(CampaignApi api, String brandId, String campaignId) {
        String creator =
                api.creators().createCreator(creator(brandId, "Member", "DE").build()).getId();
        String membership =
                api.memberships()
                        .shortlist(
                                ShortlistRequest.newBuilder()
                                        .setBrandId(brandId)
                                        .setCampaignId(campaignId)
                                        .setCreatorId(creator)
                                        .build())
                        .getId();
        api.memberships()
                .invite(
                        InviteRequest.newBuilder()
                                .setBrandId(brandId)
                                .setMembershipId(membership)
                                .setMessage("Join us")
                                .build());
        api.memberships()
                .acceptInvitation(
                        RespondToInvitationRequest.newBuilder()
                                .setCreatorId(creator)
                                .setMembershipId(membership)
                                .build());
        return creator;
    }

    /** An Instagram reel of the creator planned for the time. */
    static Post schedulePost(
            CampaignApi api, String brandId, String campaignId, String creatorId, Instant at) {
        return api.calendar()
                .schedulePost(
                        SchedulePostRequest.newBuilder()
                                .setBrandId(brandId)
                                .setCampaignId(campaignId)
                                .setCreatorId(creatorId)
                                .setPlatform(Platform.PLATFORM_INSTAGRAM)
                                .setFormat(PostFormat.POST_FORMAT_REEL)
                                .setScheduledAt(WireTypes.timestamp(at))
                                .setBrief("Unbox the trail shoes")
                                .build());
    }

    /** The post submitted (disclosed with #ad) and approved. */
    static Post approve(CampaignApi api, String brandId, String creatorId, String postId) {
        api.calendar()
                .submitPost(
                        SubmitPostRequest.newBuilder()
                                .setCreatorId(creatorId)
                                .setPostId(postId)
                                .setCaption("Trail day #ad")
                                .build());
        return api.calendar()
                .approvePost(
                        ApprovePostRequest.newBuilder()
                                .setBrandId(brandId)
                                .setPostId(postId)
                                .build());
    }

    /** The post submitted, approved and published, disclosed with #ad. */
    static Post publish(
            CampaignApi api, String brandId, String creatorId, String postId, String url) {
        approve(api, brandId, creatorId, postId);
        return api.calendar()
                .publishPost(
                        PublishPostRequest.newBuilder()
                                .setCreatorId(creatorId)
                                .setPostId(postId)
                                .setCaption("Trail day #ad")
                                .setPublishedUrl(url)
                                .build());
    }

    static PlatformAccount.Builder account(
            Platform platform, long followers, int engagementBasisPoints) {
        return PlatformAccount.newBuilder()
                .setPlatform(platform)
                .setHandle("@handle" + followers)
                .setFollowers(followers)
                .setEngagementRateBasisPoints(engagementBasisPoints);
    }

    static Money eur(long minor) {
        return Money.newBuilder().setAmountMinor(minor).setCurrency("EUR").build();
    }

    static CommissionPlan.Builder percent(int basisPoints) {
        return CommissionPlan.newBuilder()
                .setBasis(CommissionBasis.COMMISSION_BASIS_PERCENT)
                .setRateBasisPoints(basisPoints);
    }

    /** A brand's enabled endpoint subscribed to the events, made directly; answers its id. */
    static String endpoint(PgPool db, String brandId, String... events) {
        return db.preparedQuery(
                        "insert into webhook_endpoint (id, brand_id, url, events, signing_secret, created_at)"
                                + " values (gen_random_uuid(), $1, 'https://hooks.northwind.example/in', $2,"
                                + " 'whsec_test', now()) returning id")
                .execute(Tuple.of(UUID.fromString(brandId), events))
                .await()
                .indefinitely()
                .iterator()
                .next()
                .getUUID("id")
                .toString();
    }

    /** The single row a query about one id answers. */
    static Row row(PgPool db, String sql, Object id) {
        return db.preparedQuery(sql)
                .execute(Tuple.of(UUID.fromString(id.toString())))
                .await()
                .indefinitely()
                .iterator()
                .next();
    }

    /** Signs in with the password grant of the platform's web client: the access token's claims. */
    static JsonObject signIn(String keycloakUrl, String realm, String username, String password) {
        String accessToken =
                given().formParam("grant_type", "password")
                        .formParam("client_id", "platform-web")
                        .formParam("username", username)
                        .formParam("password", password)
                        .post(keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("access_token");
        return new JsonObject(
                new String(
                        Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]),
                        StandardCharsets.UTF_8));
    }
}
