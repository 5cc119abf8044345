package com.creatorplatform.gateway.client;

import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.*;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsRequest;
import com.creatorplatform.proto.campaign.v1.CreatorPosts;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.creatorplatform.proto.common.v1.PageRequest;
import com.google.protobuf.FieldMask;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gateway's one door to campaign-service. */
@ApplicationScoped
public class CampaignClient {

    static final String SERVICE = "campaign-service";

    private final MutinyCampaignServiceStub client;
    private final Caller caller;
    private final Duration deadline;

    CampaignClient(
            @GrpcClient("campaign") MutinyCampaignServiceStub client,
            Caller caller,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline) {
        this.client = client;
        this.caller = caller;
        this.deadline = deadline;
    }

    /** The stub for one call: the caller's identity and a deadline counted from now. */
    private MutinyCampaignServiceStub stub() {
        return ServiceCall.stub(client, caller.accessToken(), deadline);
    }

    public Uni<List<Brand>> brands(List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetBrands(
                                        BatchGetBrandsRequest.newBuilder().addAllIds(ids).build())
                                .map(r -> r.getBrandsList()));
    }

    public Uni<List<Campaign>> campaigns(String brandId, List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetCampaigns(
                                        BatchGetCampaignsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllIds(ids)
                                                .build())
                                .map(r -> r.getCampaignsList()));
    }

    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCampaigns(request));
    }

    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().createCampaign(request));
    }

    public Uni<Campaign> changeCampaignStatus(ChangeCampaignStatusRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().changeCampaignStatus(request));
    }

    public Uni<Campaign> setCampaignGoals(SetCampaignGoalsRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().setCampaignGoals(request));
    }

    public Uni<Campaign> setCampaignAudience(SetCampaignAudienceRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().setCampaignAudience(request));
    }

    public Uni<Campaign> setCampaignCadence(SetCampaignCadenceRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().setCampaignCadence(request));
    }

    public Uni<Offer> publishOffer(PublishOfferRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().publishOffer(request));
    }

    public Uni<ListOfferVersionsResponse> listOfferVersions(ListOfferVersionsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listOfferVersions(request));
    }

    public Uni<Creator> createCreator(CreateCreatorRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().createCreator(request));
    }

    /**
     * One call for any number of creators of one brand, in the order asked; unknown ids are left
     * out.
     */
    public Uni<List<Creator>> creators(String brandId, List<String> ids) {
        return ServiceCall.read(
                SERVICE,
                () ->
                        stub().batchGetCreators(
                                        BatchGetCreatorsRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .addAllIds(ids)
                                                .build())
                                .map(r -> r.getCreatorsList()));
    }

    public Uni<SearchCreatorsResponse> searchCreators(SearchCreatorsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().searchCreators(request));
    }

    public Uni<List<RankedCandidate>> rankCandidates(RankCandidatesRequest request) {
        return ServiceCall.read(
                SERVICE, () -> stub().rankCandidates(request).map(r -> r.getCandidatesList()));
    }

    public Uni<Membership> shortlist(ShortlistRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().shortlist(request));
    }

    public Uni<Membership> invite(InviteRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().invite(request));
    }

    public Uni<Membership> acceptInvitation(RespondToInvitationRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().acceptInvitation(request));
    }

    public Uni<Membership> declineInvitation(RespondToInvitationRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().declineInvitation(request));
    }

    public Uni<Membership> retireMembership(RetireMembershipRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().retireMembership(request));
    }

    public Uni<ListMembershipsResponse> campaignMemberships(
            ListCampaignMembershipsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCampaignMemberships(request));
    }

    public Uni<ListMembershipsResponse> creatorMemberships(ListCreatorMembershipsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCreatorMemberships(request));
    }

    public Uni<Post> schedulePost(SchedulePostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().schedulePost(request));
    }

    public Uni<Post> submitPost(SubmitPostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().submitPost(request));
    }

    public Uni<Post> approvePost(ApprovePostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().approvePost(request));
    }

    public Uni<Post> requestPostChanges(RequestPostChangesRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().requestPostChanges(request));
    }

    public Uni<Post> publishPost(PublishPostRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().publishPost(request));
    }

    public Uni<ListPostsResponse> listPosts(ListPostsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listPosts(request));
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
                        stub().batchListCreatorPosts(
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
                        ServiceCall.stub(client, accessToken, deadline)
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
