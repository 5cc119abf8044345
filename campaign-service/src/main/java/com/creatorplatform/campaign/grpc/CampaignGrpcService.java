package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.mapping.CreatorMapping;
import com.creatorplatform.campaign.mapping.MembershipMapping;
import com.creatorplatform.campaign.mapping.OfferMapping;
import com.creatorplatform.campaign.mapping.PostMapping;
import com.creatorplatform.campaign.service.BrandDirectory;
import com.creatorplatform.campaign.service.CampaignPlanner;
import com.creatorplatform.campaign.service.CandidateRanking;
import com.creatorplatform.campaign.service.ContentCalendar;
import com.creatorplatform.campaign.service.CreatorRoster;
import com.creatorplatform.campaign.service.MembershipDesk;
import com.creatorplatform.campaign.service.OfferBook;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.ReadMask;
import com.creatorplatform.proto.campaign.v1.ApprovePostRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCreatorsResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetMembershipsResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetOffersResponse;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetPostsResponse;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsRequest;
import com.creatorplatform.proto.campaign.v1.BatchListCreatorPostsResponse;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.CampaignService;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.CreateCreatorRequest;
import com.creatorplatform.proto.campaign.v1.Creator;
import com.creatorplatform.proto.campaign.v1.CreatorPosts;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsResponse;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListMembershipsResponse;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsRequest;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsResponse;
import com.creatorplatform.proto.campaign.v1.ListPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPostsResponse;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsRequest;
import com.creatorplatform.proto.campaign.v1.ListPublishedPostsResponse;
import com.creatorplatform.proto.campaign.v1.Membership;
import com.creatorplatform.proto.campaign.v1.Offer;
import com.creatorplatform.proto.campaign.v1.Post;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.PublishPostRequest;
import com.creatorplatform.proto.campaign.v1.RankCandidatesRequest;
import com.creatorplatform.proto.campaign.v1.RankCandidatesResponse;
import com.creatorplatform.proto.campaign.v1.RequestPostChangesRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersRequest;
import com.creatorplatform.proto.campaign.v1.ResolveOffersResponse;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RetireMembershipRequest;
import com.creatorplatform.proto.campaign.v1.SchedulePostRequest;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsRequest;
import com.creatorplatform.proto.campaign.v1.SearchCreatorsResponse;
import com.creatorplatform.proto.campaign.v1.SetCampaignAudienceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignCadenceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import com.creatorplatform.proto.campaign.v1.SubmitPostRequest;
import com.creatorplatform.proto.common.v1.PageInfo;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Thin adapter: parse the request, call a use case, map the answer; failures become gRPC statuses.
 */
@GrpcService
public class CampaignGrpcService implements CampaignService {

    private final BrandDirectory brands;
    private final CampaignPlanner campaigns;
    private final OfferBook offers;
    private final CreatorRoster creators;
    private final CandidateRanking ranking;
    private final MembershipDesk memberships;
    private final ContentCalendar calendar;

    CampaignGrpcService(
            BrandDirectory brands,
            CampaignPlanner campaigns,
            OfferBook offers,
            CreatorRoster creators,
            CandidateRanking ranking,
            MembershipDesk memberships,
            ContentCalendar calendar) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.offers = offers;
        this.creators = creators;
        this.ranking = ranking;
        this.memberships = memberships;
        this.calendar = calendar;
    }

    @Override
    public Uni<CreateBrandResponse> createBrand(CreateBrandRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.create(
                                        request.getName(),
                                        request.getCurrency(),
                                        request.getAllowedDomainsList(),
                                        request.getMinimumPayout().getAmountMinor())
                                .map(
                                        brand ->
                                                CreateBrandResponse.newBuilder()
                                                        .setBrand(CampaignMapping.toProto(brand))
                                                        .setWebhookSecret(brand.webhookSecret)
                                                        .build()));
    }

    @Override
    public Uni<BatchGetBrandsResponse> batchGetBrands(BatchGetBrandsRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.byIds(Ids.parseBatch("ids", request.getIdsList()))
                                .map(
                                        found ->
                                                BatchGetBrandsResponse.newBuilder()
                                                        .addAllBrands(
                                                                found.stream()
                                                                        .map(
                                                                                CampaignMapping
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<GetWebhookSecretResponse> getWebhookSecret(GetWebhookSecretRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.webhookSecret(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        secret ->
                                                GetWebhookSecretResponse.newBuilder()
                                                        .setWebhookSecret(secret)
                                                        .build()));
    }

    @Override
    public Uni<ResolveOffersResponse> resolveOffers(ResolveOffersRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return offers.resolve(
                                    brandId, OfferMapping.toQuestions(request.getQueriesList()))
                            .map(
                                    found ->
                                            ResolveOffersResponse.newBuilder()
                                                    .addAllOffers(
                                                            found.stream()
                                                                    .map(
                                                                            r ->
                                                                                    OfferMapping
                                                                                            .toProto(
                                                                                                    r,
                                                                                                    request
                                                                                                            .getQueriesList()))
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .create(CampaignMapping.toDraft(request))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<BatchGetCampaignsResponse> batchGetCampaigns(BatchGetCampaignsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return campaigns
                            .byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetCampaignsResponse.newBuilder()
                                                    .addAllCampaigns(
                                                            found.stream()
                                                                    .map(CampaignMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return campaigns
                            .list(
                                    brandId,
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            ListCampaignsResponse.newBuilder()
                                                    .addAllCampaigns(
                                                            page.items().stream()
                                                                    .map(CampaignMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(pageInfo(page))
                                                    .build());
                });
    }

    @Override
    public Uni<Campaign> changeCampaignStatus(ChangeCampaignStatusRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .changeStatus(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CampaignMapping.toStatus(request.getStatus()))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Campaign> setCampaignGoals(SetCampaignGoalsRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .replaceGoals(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CampaignMapping.toGoals(request.getGoalsList()))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Offer> publishOffer(PublishOfferRequest request) {
        return GrpcCalls.run(
                () ->
                        offers.publish(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        OfferMapping.toTerms(request))
                                .map(OfferMapping::toProto));
    }

    @Override
    public Uni<BatchGetOffersResponse> batchGetOffers(BatchGetOffersRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return offers.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetOffersResponse.newBuilder()
                                                    .addAllOffers(
                                                            found.stream()
                                                                    .map(OfferMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListOfferVersionsResponse> listOfferVersions(ListOfferVersionsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    UUID campaignId = Ids.parse("campaign_id", request.getCampaignId());
                    return offers.versions(
                                    brandId,
                                    campaignId,
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            ListOfferVersionsResponse.newBuilder()
                                                    .addAllOffers(
                                                            page.items().stream()
                                                                    .map(OfferMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(pageInfo(page))
                                                    .build());
                });
    }

    @Override
    public Uni<Creator> createCreator(CreateCreatorRequest request) {
        return GrpcCalls.run(
                () ->
                        creators.create(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        CreatorMapping.toProfile(request))
                                .map(CreatorMapping::toProto));
    }

    @Override
    public Uni<BatchGetCreatorsResponse> batchGetCreators(BatchGetCreatorsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return creators.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetCreatorsResponse.newBuilder()
                                                    .addAllCreators(
                                                            found.stream()
                                                                    .map(CreatorMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<SearchCreatorsResponse> searchCreators(SearchCreatorsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return creators.search(
                                    brandId,
                                    CreatorMapping.toSearch(request),
                                    request.getPage().getCursor(),
                                    request.getPage().getPageSize())
                            .map(
                                    page ->
                                            SearchCreatorsResponse.newBuilder()
                                                    .addAllCreators(
                                                            page.items().stream()
                                                                    .map(CreatorMapping::toProto)
                                                                    .toList())
                                                    .setPageInfo(pageInfo(page))
                                                    .build());
                });
    }

    @Override
    public Uni<Campaign> setCampaignAudience(SetCampaignAudienceRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .target(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        request.getTargetNichesList(),
                                        request.getTargetCountriesList())
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<RankCandidatesResponse> rankCandidates(RankCandidatesRequest request) {
        return GrpcCalls.run(
                () ->
                        ranking.rank(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        CreatorMapping.toPlatformFilter(request.getPlatform()),
                                        CreatorMapping.rankLimit(request.getLimit()))
                                .map(
                                        ranked ->
                                                RankCandidatesResponse.newBuilder()
                                                        .addAllCandidates(
                                                                ranked.stream()
                                                                        .map(
                                                                                CreatorMapping
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<Membership> shortlist(ShortlistRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .shortlist(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        Ids.parse("creator_id", request.getCreatorId()))
                                .map(MembershipMapping::toProto));
    }

    @Override
    public Uni<Membership> invite(InviteRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .invite(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("membership_id", request.getMembershipId()),
                                        request.getMessage())
                                .map(MembershipMapping::toProto));
    }

    @Override
    public Uni<Membership> acceptInvitation(RespondToInvitationRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .accept(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("membership_id", request.getMembershipId()))
                                .map(MembershipMapping::toProto));
    }

    @Override
    public Uni<Membership> declineInvitation(RespondToInvitationRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .decline(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("membership_id", request.getMembershipId()))
                                .map(MembershipMapping::toProto));
    }

    @Override
    public Uni<Membership> retireMembership(RetireMembershipRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .retire(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("membership_id", request.getMembershipId()),
                                        request.getReason())
                                .map(MembershipMapping::toProto));
    }

    @Override
    public Uni<BatchGetMembershipsResponse> batchGetMemberships(
            BatchGetMembershipsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return memberships
                            .byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetMembershipsResponse.newBuilder()
                                                    .addAllMemberships(
                                                            found.stream()
                                                                    .map(MembershipMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListMembershipsResponse> listCampaignMemberships(
            ListCampaignMembershipsRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .ofCampaign(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(CampaignGrpcService::memberships));
    }

    @Override
    public Uni<ListMembershipsResponse> listCreatorMemberships(
            ListCreatorMembershipsRequest request) {
        return GrpcCalls.run(
                () ->
                        memberships
                                .ofCreator(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(CampaignGrpcService::memberships));
    }

    @Override
    public Uni<Campaign> setCampaignCadence(SetCampaignCadenceRequest request) {
        return GrpcCalls.run(
                () ->
                        campaigns
                                .limitCadence(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("campaign_id", request.getCampaignId()),
                                        request.hasMaxPostsPerCreatorPerWeek()
                                                ? request.getMaxPostsPerCreatorPerWeek()
                                                : null)
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<Post> schedulePost(SchedulePostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.schedule(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        PostMapping.toPlan(request))
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> submitPost(SubmitPostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.submit(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getCaption())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> approvePost(ApprovePostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.approve(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("post_id", request.getPostId()))
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> requestPostChanges(RequestPostChangesRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.requestChanges(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getFeedback())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<Post> publishPost(PublishPostRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.publish(
                                        Ids.parse("creator_id", request.getCreatorId()),
                                        Ids.parse("post_id", request.getPostId()),
                                        request.getCaption(),
                                        request.getPaidPartnership(),
                                        request.getPublishedUrl())
                                .map(PostMapping::toProto));
    }

    @Override
    public Uni<BatchGetPostsResponse> batchGetPosts(BatchGetPostsRequest request) {
        return GrpcCalls.run(
                () -> {
                    UUID brandId = Ids.parse("brand_id", request.getBrandId());
                    return calendar.byIds(brandId, Ids.parseBatch("ids", request.getIdsList()))
                            .map(
                                    found ->
                                            BatchGetPostsResponse.newBuilder()
                                                    .addAllPosts(
                                                            found.stream()
                                                                    .map(PostMapping::toProto)
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListPostsResponse> listPosts(ListPostsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.list(
                                        PostMapping.toFilter(request),
                                        request.getPage().getCursor(),
                                        request.getPage().getPageSize())
                                .map(
                                        page ->
                                                ListPostsResponse.newBuilder()
                                                        .addAllPosts(
                                                                page.items().stream()
                                                                        .map(PostMapping::toProto)
                                                                        .toList())
                                                        .setPageInfo(pageInfo(page))
                                                        .build()));
    }

    @Override
    public Uni<BatchListCreatorPostsResponse> batchListCreatorPosts(
            BatchListCreatorPostsRequest request) {
        return GrpcCalls.run(
                () -> {
                    ReadMask fields = PostMapping.postFields(request.getReadMask());
                    return calendar.ofCreators(
                                    Ids.parse("brand_id", request.getBrandId()),
                                    Ids.parse("campaign_id", request.getCampaignId()),
                                    Ids.parseBatch("creator_ids", request.getCreatorIdsList()),
                                    request.getLimitPerCreator() == 0
                                            ? PageCursor.DEFAULT_PAGE_SIZE
                                            : request.getLimitPerCreator())
                            .map(
                                    found ->
                                            BatchListCreatorPostsResponse.newBuilder()
                                                    .addAllCreators(
                                                            found.stream()
                                                                    .map(
                                                                            c ->
                                                                                    CreatorPosts
                                                                                            .newBuilder()
                                                                                            .setCreatorId(
                                                                                                    c.creatorId()
                                                                                                            .toString())
                                                                                            .addAllPosts(
                                                                                                    c
                                                                                                            .first()
                                                                                                            .stream()
                                                                                                            .map(
                                                                                                                    post ->
                                                                                                                            PostMapping
                                                                                                                                    .toProto(
                                                                                                                                            post,
                                                                                                                                            fields))
                                                                                                            .toList())
                                                                                            .setTotal(
                                                                                                    c
                                                                                                            .total())
                                                                                            .build())
                                                                    .toList())
                                                    .build());
                });
    }

    @Override
    public Uni<ListPublishedPostsResponse> listPublishedPosts(ListPublishedPostsRequest request) {
        return GrpcCalls.run(
                () ->
                        calendar.publishedAfter(request.getAfter(), request.getLimit())
                                .map(
                                        published ->
                                                PostMapping.toFeed(request.getAfter(), published)));
    }

    private static ListMembershipsResponse memberships(
            Page<com.creatorplatform.campaign.domain.Membership> page) {
        return ListMembershipsResponse.newBuilder()
                .addAllMemberships(page.items().stream().map(MembershipMapping::toProto).toList())
                .setPageInfo(pageInfo(page))
                .build();
    }

    private static PageInfo pageInfo(Page<?> page) {
        return PageInfo.newBuilder()
                .setNextCursor(page.nextCursor() == null ? "" : page.nextCursor())
                .build();
    }
}
