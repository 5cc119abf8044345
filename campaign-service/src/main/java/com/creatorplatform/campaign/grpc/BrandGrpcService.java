package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.mapping.CampaignMapping;
import com.creatorplatform.campaign.mapping.TeamMapping;
import com.creatorplatform.campaign.service.BrandDirectory;
import com.creatorplatform.campaign.service.BrandTeam;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsResponse;
import com.creatorplatform.proto.campaign.v1.Brand;
import com.creatorplatform.proto.campaign.v1.BrandService;
import com.creatorplatform.proto.campaign.v1.ChangeTeamMemberRoleRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandRequest;
import com.creatorplatform.proto.campaign.v1.CreateBrandResponse;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.GetWebhookSecretResponse;
import com.creatorplatform.proto.campaign.v1.InviteTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.ListTeamMembersRequest;
import com.creatorplatform.proto.campaign.v1.ListTeamMembersResponse;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RedeemTeamInvitationResponse;
import com.creatorplatform.proto.campaign.v1.RemoveTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.RemoveTeamMemberResponse;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretRequest;
import com.creatorplatform.proto.campaign.v1.RotateWebhookSecretResponse;
import com.creatorplatform.proto.campaign.v1.SignUpBrandRequest;
import com.creatorplatform.proto.campaign.v1.SignUpBrandResponse;
import com.creatorplatform.proto.campaign.v1.TeamMember;
import com.creatorplatform.proto.campaign.v1.UpdateBrandSettingsRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Brands: the tenants. Thin adapter: parse the request, call a use case, map the answer (see {@link
 * GrpcCalls}).
 */
@GrpcService
public class BrandGrpcService implements BrandService {

    private final BrandDirectory brands;
    private final BrandTeam team;

    BrandGrpcService(BrandDirectory brands, BrandTeam team) {
        this.brands = brands;
        this.team = team;
    }

    @Override
    public Uni<SignUpBrandResponse> signUpBrand(SignUpBrandRequest request) {
        return GrpcCalls.run(
                () -> {
                    if (request.hasMinimumPayout()) {
                        WireTypes.currency(
                                "minimum_payout.currency",
                                request.getMinimumPayout().getCurrency());
                        if (!request.getMinimumPayout()
                                .getCurrency()
                                .equals(request.getCurrency())) {
                            throw ApiError.invalidArgument(
                                    "minimum_payout must be in the brand's currency "
                                            + request.getCurrency());
                        }
                    }
                    return team.signUp(
                                    new BrandTeam.SignUp(
                                            request.getName(),
                                            request.getCurrency(),
                                            request.getAllowedDomainsList(),
                                            request.getMinimumPayout().getAmountMinor(),
                                            request.getTimeZone(),
                                            request.getAdminEmail(),
                                            request.getAdminName(),
                                            request.getAdminPassword()))
                            .map(
                                    signed ->
                                            SignUpBrandResponse.newBuilder()
                                                    .setBrand(
                                                            CampaignMapping.toProto(signed.brand()))
                                                    .setWebhookSecret(signed.brand().webhookSecret)
                                                    .setAdmin(TeamMapping.toProto(signed.admin()))
                                                    .build());
                });
    }

    @Override
    public Uni<Brand> updateBrandSettings(UpdateBrandSettingsRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.updateSettings(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        new BrandDirectory.Settings(
                                                request.hasCurrency()
                                                        ? Optional.of(request.getCurrency())
                                                        : Optional.empty(),
                                                request.getUpdateAllowedDomains()
                                                        ? Optional.of(
                                                                request.getAllowedDomainsList())
                                                        : Optional.empty(),
                                                request.hasMinimumPayout()
                                                        ? OptionalLong.of(
                                                                request.getMinimumPayout()
                                                                        .getAmountMinor())
                                                        : OptionalLong.empty(),
                                                request.getMinimumPayout().getCurrency(),
                                                request.hasTimeZone()
                                                        ? Optional.of(request.getTimeZone())
                                                        : Optional.empty()))
                                .map(CampaignMapping::toProto));
    }

    @Override
    public Uni<TeamMember> inviteTeamMember(InviteTeamMemberRequest request) {
        return GrpcCalls.run(
                () ->
                        team.invite(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getEmail(),
                                        request.getName(),
                                        TeamMapping.role(request.getRole()))
                                .map(TeamMapping::toProto));
    }

    @Override
    public Uni<RedeemTeamInvitationResponse> redeemTeamInvitation(RedeemInvitationRequest request) {
        return GrpcCalls.run(
                () ->
                        team.redeem(
                                        request.getToken(),
                                        request.getPassword().isEmpty()
                                                ? Optional.empty()
                                                : Optional.of(request.getPassword()))
                                .map(
                                        joined ->
                                                RedeemTeamInvitationResponse.newBuilder()
                                                        .setMember(
                                                                TeamMapping.toProto(
                                                                        joined.member()))
                                                        .setLogin(joined.member().email)
                                                        .setLoginCreated(joined.loginCreated())
                                                        .build()));
    }

    @Override
    public Uni<ListTeamMembersResponse> listTeamMembers(ListTeamMembersRequest request) {
        return GrpcCalls.run(
                () ->
                        team.team(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        members ->
                                                ListTeamMembersResponse.newBuilder()
                                                        .addAllMembers(
                                                                members.stream()
                                                                        .map(TeamMapping::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<TeamMember> changeTeamMemberRole(ChangeTeamMemberRoleRequest request) {
        return GrpcCalls.run(
                () ->
                        team.changeRole(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("member_id", request.getMemberId()),
                                        TeamMapping.role(request.getRole()))
                                .map(TeamMapping::toProto));
    }

    @Override
    public Uni<RemoveTeamMemberResponse> removeTeamMember(RemoveTeamMemberRequest request) {
        return GrpcCalls.run(
                () ->
                        team.remove(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("member_id", request.getMemberId()))
                                .map(
                                        removed ->
                                                RemoveTeamMemberResponse.newBuilder()
                                                        .setRemovedMemberId(removed.toString())
                                                        .build()));
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
                        brands.webhookSecrets(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        brand -> {
                                            var response =
                                                    GetWebhookSecretResponse.newBuilder()
                                                            .setWebhookSecret(brand.webhookSecret);
                                            if (brand.previousWebhookSecret != null) {
                                                response.setPreviousWebhookSecret(
                                                                brand.previousWebhookSecret)
                                                        .setPreviousValidUntil(
                                                                WireTypes.timestamp(
                                                                        brand.previousSecretValidUntil));
                                            }
                                            return response.build();
                                        }));
    }

    @Override
    public Uni<RotateWebhookSecretResponse> rotateWebhookSecret(
            RotateWebhookSecretRequest request) {
        return GrpcCalls.run(
                () ->
                        brands.rotateWebhookSecret(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Duration.ofMinutes(request.getOverlapMinutes()))
                                .map(
                                        brand ->
                                                RotateWebhookSecretResponse.newBuilder()
                                                        .setWebhookSecret(brand.webhookSecret)
                                                        .setPreviousValidUntil(
                                                                WireTypes.timestamp(
                                                                        brand.previousSecretValidUntil))
                                                        .build()));
    }
}
