package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.MembershipMapping;
import com.creatorplatform.campaign.service.InvitationDesk;
import com.creatorplatform.campaign.service.MembershipDesk;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.proto.campaign.v1.BatchGetMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetMembershipsResponse;
import com.creatorplatform.proto.campaign.v1.InviteRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
import com.creatorplatform.proto.campaign.v1.ListMembershipsResponse;
import com.creatorplatform.proto.campaign.v1.Membership;
import com.creatorplatform.proto.campaign.v1.MembershipService;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationResponse;
import com.creatorplatform.proto.campaign.v1.RespondToInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RetireMembershipRequest;
import com.creatorplatform.proto.campaign.v1.ShortlistRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.Optional;
import java.util.UUID;

/**
 * Creators' memberships in campaigns, from shortlist to retirement. Thin adapter: parse the
 * request, call a use case, map the answer (see {@link GrpcCalls}).
 */
@GrpcService
public class MembershipGrpcService implements MembershipService {

    private final MembershipDesk memberships;
    private final InvitationDesk invitations;

    MembershipGrpcService(MembershipDesk memberships, InvitationDesk invitations) {
        this.memberships = memberships;
        this.invitations = invitations;
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
                        invitations
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
    public Uni<RedeemInvitationResponse> redeemInvitation(RedeemInvitationRequest request) {
        return GrpcCalls.run(
                () ->
                        invitations
                                .redeem(
                                        request.getToken(),
                                        request.getPassword().isEmpty()
                                                ? Optional.empty()
                                                : Optional.of(request.getPassword()))
                                .map(
                                        redeemed ->
                                                RedeemInvitationResponse.newBuilder()
                                                        .setMembership(
                                                                MembershipMapping.toProto(
                                                                        redeemed.membership()))
                                                        .setLogin(redeemed.login())
                                                        .setLoginCreated(redeemed.loginCreated())
                                                        .build()));
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
                                .map(MembershipGrpcService::memberships));
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
                                .map(MembershipGrpcService::memberships));
    }

    private static ListMembershipsResponse memberships(
            Page<com.creatorplatform.campaign.domain.Membership> page) {
        return ListMembershipsResponse.newBuilder()
                .addAllMemberships(page.items().stream().map(MembershipMapping::toProto).toList())
                .setPageInfo(WirePages.info(page))
                .build();
    }
}
