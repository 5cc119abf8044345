package com.creatorplatform.gateway.client;

import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.*;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsRequest;
import com.creatorplatform.proto.campaign.v1.ChangeTeamMemberRoleRequest;
import com.creatorplatform.proto.campaign.v1.CreatorPosts;
import com.creatorplatform.proto.campaign.v1.GetPublishedPostCountsRequest;
import com.creatorplatform.proto.campaign.v1.InviteTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.ListTeamMembersRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookAttemptsRequest;
import com.creatorplatform.proto.campaign.v1.ListWebhookAttemptsResponse;
import com.creatorplatform.proto.campaign.v1.MutinyBrandServiceGrpc.MutinyBrandServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyContentCalendarServiceGrpc.MutinyContentCalendarServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyCreatorServiceGrpc.MutinyCreatorServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyMembershipServiceGrpc.MutinyMembershipServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyOfferServiceGrpc.MutinyOfferServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyWebhookEndpointServiceGrpc.MutinyWebhookEndpointServiceStub;
import com.creatorplatform.proto.campaign.v1.RedeemTeamInvitationResponse;
import com.creatorplatform.proto.campaign.v1.RemoveTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.RemoveTeamMemberResponse;
import com.creatorplatform.proto.campaign.v1.ReplayWebhookDeliveryRequest;
import com.creatorplatform.proto.campaign.v1.ReplayWebhookDeliveryResponse;
import com.creatorplatform.proto.campaign.v1.SetWebhookEndpointEnabledRequest;
import com.creatorplatform.proto.campaign.v1.SignUpBrandRequest;
import com.creatorplatform.proto.campaign.v1.SignUpBrandResponse;
import com.creatorplatform.proto.campaign.v1.TeamMember;
import com.creatorplatform.proto.campaign.v1.UpdateBrandSettingsRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.google.protobuf.FieldMask;
import io.grpc.stub.AbstractStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's one door to campaign-service, which serves one gRPC service a resource (ADR 0044)
 * on the one channel "campaign".
 */
@ApplicationScoped
public class CampaignClient {

    static final String SERVICE = "campaign-service";

    private final MutinyBrandServiceStub brands;
    private final MutinyCampaignServiceStub campaigns;
    private final MutinyOfferServiceStub offers;
    private final MutinyCreatorServiceStub creators;
    private final MutinyMembershipServiceStub memberships;
    private final MutinyContentCalendarServiceStub calendar;
    private final MutinyWebhookEndpointServiceStub webhooks;
    private final MutinyMembershipServiceStub asGateway;
    private final MutinyBrandServiceStub brandsAsGateway;
    private final Caller caller;
    private final Duration deadline;

    /** For calls that provision logins in Keycloak (several admin calls each). */
    private final Duration provisioningDeadline;

    CampaignClient(
            @GrpcClient("campaign") MutinyBrandServiceStub brands,
            @GrpcClient("campaign") MutinyCampaignServiceStub campaigns,
            @GrpcClient("campaign") MutinyOfferServiceStub offers,
            @GrpcClient("campaign") MutinyCreatorServiceStub creators,
            @GrpcClient("campaign") MutinyMembershipServiceStub memberships,
            @GrpcClient("campaign") MutinyContentCalendarServiceStub calendar,
            @GrpcClient("campaign") MutinyWebhookEndpointServiceStub webhooks,
            @GrpcClient("campaign-as-gateway") @RegisterClientInterceptor(GatewayIdentity.class)
                    MutinyMembershipServiceStub asGateway,
            @GrpcClient("campaign-as-gateway") @RegisterClientInterceptor(GatewayIdentity.class)
                    MutinyBrandServiceStub brandsAsGateway,
            Caller caller,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline,
            @ConfigProperty(name = "platform.grpc.provisioning-deadline")
                    Duration provisioningDeadline) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.offers = offers;
        this.creators = creators;
        this.memberships = memberships;
        this.calendar = calendar;
        this.webhooks = webhooks;
        this.asGateway = asGateway;
        this.brandsAsGateway = brandsAsGateway;
        this.caller = caller;
        this.deadline = deadline;
        this.provisioningDeadline = provisioningDeadline;
    }

    /** The same door for a caller held beyond the request (an export job). */
    public CampaignClient actingFor(Caller held) {
        return new CampaignClient(
                brands,
                campaigns,
                offers,
                creators,
                memberships,
                calendar,
                webhooks,
                asGateway,
                brandsAsGateway,
                held,
                deadline,
                provisioningDeadline);
    }

    /** The stub for one call: the caller's identity and a deadline counted from now. */
    private <S extends AbstractStub<S>> S stub(S service) {
        return ServiceCall.stub(service, caller.accessToken(), deadline);
    }

    public Uni<List<Brand>> brands(List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(brands)
                                .batchGetBrands(
                                        BatchGetBrandsRequest.newBuilder().addAllIds(ids).build())
                                .map(r -> r.getBrandsList()));
    }

    /** A new webhook secret for the brand; the answer is the only place it is shown. */
    public Uni<RotateWebhookSecretResponse> rotateWebhookSecret(
            RotateWebhookSecretRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(brands).rotateWebhookSecret(request));
    }

    public Uni<CreateWebhookEndpointResponse> createWebhookEndpoint(
            CreateWebhookEndpointRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(webhooks).createWebhookEndpoint(request));
    }

    public Uni<ListWebhookAttemptsResponse> webhookAttempts(ListWebhookAttemptsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(webhooks).listWebhookAttempts(request));
    }

    public Uni<ReplayWebhookDeliveryResponse> replayWebhookDelivery(
            ReplayWebhookDeliveryRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(webhooks).replayWebhookDelivery(request));
    }

    public Uni<WebhookEndpoint> setWebhookEndpointEnabled(
            SetWebhookEndpointEnabledRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(webhooks).setWebhookEndpointEnabled(request));
    }

    public Uni<List<WebhookEndpoint>> webhookEndpoints(String brandId) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(webhooks)
                                .listWebhookEndpoints(
                                        ListWebhookEndpointsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .build())
                                .map(r -> r.getEndpointsList()));
    }

    public Uni<List<Campaign>> campaigns(ReadScope scope, List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(campaigns)
                                .batchGetCampaigns(
                                        BatchGetCampaignsRequest.newBuilder()
                                                .setBrandId(scope.brandId())
                                                .setCreatorId(scope.creatorId())
                                                .addAllIds(ids)
                                                .build())
                                .map(r -> r.getCampaignsList()));
    }

    /** Published posts counted per campaign and range of days, one count per query in order. */
    public Uni<List<Long>> publishedPostCounts(GetPublishedPostCountsRequest request) {
        return ServiceCall.read(
                SERVICE,
                () -> stub(calendar).getPublishedPostCounts(request).map(r -> r.getCountsList()));
    }

    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(campaigns).listCampaigns(request));
    }

    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(campaigns).createCampaign(request));
    }

    public Uni<Campaign> changeCampaignStatus(ChangeCampaignStatusRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(campaigns).changeCampaignStatus(request));
    }

    public Uni<Campaign> setCampaignGoals(SetCampaignGoalsRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(campaigns).setCampaignGoals(request));
    }

    public Uni<Campaign> setCampaignAudience(SetCampaignAudienceRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(campaigns).setCampaignAudience(request));
    }

    public Uni<Campaign> setCampaignCadence(SetCampaignCadenceRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(campaigns).setCampaignCadence(request));
    }

    public Uni<Offer> publishOffer(PublishOfferRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(offers).publishOffer(request));
    }

    public Uni<ListOfferVersionsResponse> listOfferVersions(ListOfferVersionsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(offers).listOfferVersions(request));
    }

    public Uni<Creator> createCreator(CreateCreatorRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(creators).createCreator(request));
    }

    /**
     * One call for any number of creators of one brand, in the order asked; unknown ids are left
     * out.
     */
    public Uni<List<Creator>> creators(ReadScope scope, List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(creators)
                                .batchGetCreators(
                                        BatchGetCreatorsRequest.newBuilder()
                                                .setBrandId(scope.brandId())
                                                .setCreatorId(scope.creatorId())
                                                .addAllIds(ids)
                                                .build())
                                .map(r -> r.getCreatorsList()));
    }

    /** The offer version in effect now of each campaign that has one, in no particular order. */
    public Uni<List<Offer>> offersInEffect(ReadScope scope, List<String> campaignIds) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(offers)
                                .batchGetOffersInEffect(
                                        BatchGetOffersInEffectRequest.newBuilder()
                                                .setBrandId(scope.brandId())
                                                .setCreatorId(scope.creatorId())
                                                .addAllCampaignIds(campaignIds)
                                                .build())
                                .map(r -> r.getOffersList()));
    }

    public Uni<SearchCreatorsResponse> searchCreators(SearchCreatorsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(creators).searchCreators(request));
    }

    public Uni<List<RankedCandidate>> rankCandidates(RankCandidatesRequest request) {
        return ServiceCall.read(
                SERVICE,
                () -> stub(creators).rankCandidates(request).map(r -> r.getCandidatesList()));
    }

    public Uni<Membership> shortlist(ShortlistRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(memberships).shortlist(request));
    }

    public Uni<Membership> invite(InviteRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(memberships).invite(request));
    }

    public Uni<Membership> acceptInvitation(RespondToInvitationRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(memberships).acceptInvitation(request));
    }

    /**
     * Redeems an invitation link for a visitor who may have no token yet: as the gateway's own
     * account, the signed link being the visitor's proof.
     */
    /** A visitor signs a brand up: as the gateway's own account, the visitor having no token. */
    public Uni<SignUpBrandResponse> signUpBrand(SignUpBrandRequest request) {
        return ServiceCall.write(
                SERVICE,
                () ->
                        brandsAsGateway
                                .withDeadlineAfter(
                                        provisioningDeadline.toMillis(), TimeUnit.MILLISECONDS)
                                .signUpBrand(request));
    }

    public Uni<RedeemTeamInvitationResponse> redeemTeamInvitation(RedeemInvitationRequest request) {
        return ServiceCall.write(
                SERVICE,
                () ->
                        brandsAsGateway
                                .withDeadlineAfter(
                                        provisioningDeadline.toMillis(), TimeUnit.MILLISECONDS)
                                .redeemTeamInvitation(request));
    }

    public Uni<Brand> updateBrandSettings(UpdateBrandSettingsRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(brands).updateBrandSettings(request));
    }

    public Uni<List<TeamMember>> teamMembers(String brandId) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(brands)
                                .listTeamMembers(
                                        ListTeamMembersRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .build())
                                .map(r -> r.getMembersList()));
    }

    /** The caller's BrandService stub with the deadline of calls that provision logins. */
    private MutinyBrandServiceStub provisioningBrands() {
        return ServiceCall.stub(brands, caller.accessToken(), provisioningDeadline);
    }

    public Uni<TeamMember> inviteTeamMember(InviteTeamMemberRequest request) {
        return ServiceCall.write(SERVICE, () -> provisioningBrands().inviteTeamMember(request));
    }

    public Uni<TeamMember> changeTeamMemberRole(ChangeTeamMemberRoleRequest request) {
        return ServiceCall.write(SERVICE, () -> provisioningBrands().changeTeamMemberRole(request));
    }

    public Uni<RemoveTeamMemberResponse> removeTeamMember(RemoveTeamMemberRequest request) {
        return ServiceCall.write(SERVICE, () -> provisioningBrands().removeTeamMember(request));
    }

    public Uni<RedeemInvitationResponse> redeemInvitation(RedeemInvitationRequest request) {
        return ServiceCall.write(
                SERVICE,
                () ->
                        asGateway
                                .withDeadlineAfter(
                                        provisioningDeadline.toMillis(), TimeUnit.MILLISECONDS)
                                .redeemInvitation(request));
    }

    public Uni<Membership> declineInvitation(RespondToInvitationRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(memberships).declineInvitation(request));
    }

    public Uni<Membership> retireMembership(RetireMembershipRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(memberships).retireMembership(request));
    }

    public Uni<ListMembershipsResponse> campaignMemberships(
            ListCampaignMembershipsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(memberships).listCampaignMemberships(request));
    }

    public Uni<ListMembershipsResponse> creatorMemberships(ListCreatorMembershipsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(memberships).listCreatorMemberships(request));
    }

    public Uni<Post> schedulePost(SchedulePostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(calendar).schedulePost(request));
    }

    public Uni<Post> submitPost(SubmitPostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(calendar).submitPost(request));
    }

    public Uni<Post> approvePost(ApprovePostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(calendar).approvePost(request));
    }

    public Uni<Post> requestPostChanges(RequestPostChangesRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(calendar).requestPostChanges(request));
    }

    public Uni<Post> publishPost(PublishPostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub(calendar).publishPost(request));
    }

    public Uni<ListPostsResponse> listPosts(ListPostsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub(calendar).listPosts(request));
    }

    /**
     * The first posts of a level of creators in one campaign, with their totals: one call however
     * many creators. {@code postFields}: the wire fields to fill (see Post.wireFields); empty for
     * all.
     */
    public Uni<List<CreatorPosts>> creatorPosts(
            String brandId,
            String campaignId,
            List<String> creatorIds,
            int limitPerCreator,
            List<String> postFields) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub(calendar)
                                .batchListCreatorPosts(
                                        BatchListCreatorPostsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setCampaignId(campaignId)
                                                .addAllCreatorIds(creatorIds)
                                                .setLimitPerCreator(limitPerCreator)
                                                .setReadMask(
                                                        FieldMask.newBuilder()
                                                                .addAllPaths(postFields))
                                                .build())
                                .map(r -> r.getCreatorsList()));
    }

    /**
     * The brand a creator belongs to (named by their memberships), or null before their first one,
     * for a caller given explicitly: a subscription outlives the request that opened it.
     */
    public Uni<String> creatorBrand(String accessToken, String creatorId) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        ServiceCall.stub(memberships, accessToken, deadline)
                                .listCreatorMemberships(
                                        ListCreatorMembershipsRequest.newBuilder()
                                                .setCreatorId(creatorId)
                                                .setPage(PageRequest.newBuilder().setPageSize(1))
                                                .build())
                                .map(
                                        page ->
                                                page.getMembershipsCount() == 0
                                                        ? null
                                                        : page.getMemberships(0).getBrandId()));
    }
}
