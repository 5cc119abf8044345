package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Brand;
import com.creatorplatform.gateway.schema.MoneyInput;
import com.creatorplatform.gateway.schema.TeamMember;
import com.creatorplatform.gateway.schema.TeamRole;
import com.creatorplatform.gateway.schema.UpdateBrandSettingsInput;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.ChangeTeamMemberRoleRequest;
import com.creatorplatform.proto.campaign.v1.InviteTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationRequest;
import com.creatorplatform.proto.campaign.v1.RemoveTeamMemberRequest;
import com.creatorplatform.proto.campaign.v1.SignUpBrandRequest;
import com.creatorplatform.proto.campaign.v1.UpdateBrandSettingsRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * A brand on its own: signing up (open without a token, like redeeming an invitation), its team
 * (admins invite, change roles, remove; viewers read) and its settings.
 */
@GraphQLApi
public class BrandTeamApi {

    @Input("SignUpBrandInput")
    @Description("A new brand and its first admin, whose address becomes their login.")
    public record SignUpBrandInput(
            @NonNull String name,
            @NonNull @Description("ISO 4217; it may change only until the first campaign.")
                    String currency,
            @NonNull @Description("Domains the campaigns' landing pages may be on.")
                    List<@NonNull String> allowedDomains,
            @Description("In the brand's currency; 0 unless given.") MoneyInput minimumPayout,
            @Description("An IANA time zone id, e.g. Europe/Berlin; UTC unless given.")
                    String timeZone,
            @NonNull String adminEmail,
            @NonNull String adminName,
            @NonNull @Description("10 to 128 characters.") String adminPassword) {}

    public record SignUpBrandPayload(
            @NonNull Brand brand,
            @NonNull TeamMember admin,
            @NonNull
                    @Description(
                            "The order webhook's signing secret: shown here once, keep it in the"
                                    + " shop's settings.")
                    String webhookSecret) {}

    @Input("InviteTeamMemberInput")
    public record InviteTeamMemberInput(
            @NonNull String email, @NonNull String name, @NonNull TeamRole role) {}

    @Input("RedeemTeamInvitationInput")
    @Description(
            "The token of a team invitation mail's link, and the password of the login to make.")
    public record RedeemTeamInvitationInput(
            @NonNull String token,
            @Description(
                            "Required when the invited address has no login yet (10 to 128"
                                    + " characters); an existing login keeps its password.")
                    String password) {}

    public record RedeemTeamInvitationPayload(
            @NonNull TeamMember member,
            @NonNull @Description("The username to sign in with: the invited address.")
                    String login,
            @Description("Whether this made the login; else sign in as before.")
                    boolean loginCreated) {}

    @Input("ChangeTeamMemberRoleInput")
    public record ChangeTeamMemberRoleInput(@Id @NonNull String memberId, @NonNull TeamRole role) {}

    @Input("RemoveTeamMemberInput")
    public record RemoveTeamMemberInput(@Id @NonNull String memberId) {}

    public record RemoveTeamMemberPayload(@Id @NonNull String removedMemberId) {}

    private final Caller caller;
    private final CampaignClient campaigns;

    BrandTeamApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Signs a brand up, without a token: the brand and its first admin are made together,"
                    + " with the admin's login (sign in with the address and password). An address"
                    + " already on a team or with a login is ALREADY_EXISTS and nothing is made.")
    public Uni<@NonNull SignUpBrandPayload> signUpBrand(@NonNull SignUpBrandInput input) {
        var request =
                SignUpBrandRequest.newBuilder()
                        .setName(input.name())
                        .setCurrency(input.currency())
                        .addAllAllowedDomains(input.allowedDomains())
                        .setTimeZone(input.timeZone() == null ? "" : input.timeZone())
                        .setAdminEmail(input.adminEmail())
                        .setAdminName(input.adminName())
                        .setAdminPassword(input.adminPassword());
        if (input.minimumPayout() != null) {
            request.setMinimumPayout(input.minimumPayout().toProto());
        }
        return campaigns
                .signUpBrand(request.build())
                .map(
                        signed ->
                                new SignUpBrandPayload(
                                        Brand.from(signed.getBrand()),
                                        TeamMember.from(signed.getAdmin()),
                                        signed.getWebhookSecret()));
    }

    @Query
    @Description("The signed-in brand user's team, invited and active, oldest first.")
    public Uni<@NonNull List<@NonNull TeamMember>> teamMembers() {
        return campaigns
                .teamMembers(caller.brandToRead())
                .map(members -> members.stream().map(TeamMember::from).toList());
    }

    @Mutation
    @Description(
            "Invites a person to the brand's team by mail (admins only); the link works once, for"
                    + " 7 days. An address already on the team is ALREADY_EXISTS; one on another"
                    + " brand's team, or a creator's login, FAILED_PRECONDITION.")
    public Uni<@NonNull TeamMember> inviteTeamMember(@NonNull InviteTeamMemberInput input) {
        return campaigns
                .inviteTeamMember(
                        InviteTeamMemberRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setEmail(input.email())
                                .setName(input.name())
                                .setRole(TeamRole.toProto(input.role()))
                                .build())
                .map(TeamMember::from);
    }

    @Mutation
    @Description(
            "Redeems a team invitation mail's link, without a token: makes the login with the"
                    + " password and activates the member; then sign in.")
    public Uni<@NonNull RedeemTeamInvitationPayload> redeemTeamInvitation(
            @NonNull RedeemTeamInvitationInput input) {
        return campaigns
                .redeemTeamInvitation(
                        RedeemInvitationRequest.newBuilder()
                                .setToken(input.token())
                                .setPassword(input.password() == null ? "" : input.password())
                                .build())
                .map(
                        joined ->
                                new RedeemTeamInvitationPayload(
                                        TeamMember.from(joined.getMember()),
                                        joined.getLogin(),
                                        joined.getLoginCreated()));
    }

    @Mutation
    @Description(
            "Changes a member's role (admins only), effective from their next sign-in or token"
                    + " refresh. The brand's last active admin cannot become a viewer.")
    public Uni<@NonNull TeamMember> changeTeamMemberRole(@NonNull ChangeTeamMemberRoleInput input) {
        return campaigns
                .changeTeamMemberRole(
                        ChangeTeamMemberRoleRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setMemberId(input.memberId())
                                .setRole(TeamRole.toProto(input.role()))
                                .build())
                .map(TeamMember::from);
    }

    @Mutation
    @Description(
            "Removes a member from the team (admins only): their login loses the brand and their"
                    + " sessions end. The brand's last active admin cannot be removed.")
    public Uni<@NonNull RemoveTeamMemberPayload> removeTeamMember(
            @NonNull RemoveTeamMemberInput input) {
        return campaigns
                .removeTeamMember(
                        RemoveTeamMemberRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setMemberId(input.memberId())
                                .build())
                .map(removed -> new RemoveTeamMemberPayload(removed.getRemovedMemberId()));
    }

    @Mutation
    @Description(
            "Changes the brand's settings (admins only). The currency may change only while the"
                    + " brand has no campaign.")
    public Uni<@NonNull Brand> updateBrandSettings(@NonNull UpdateBrandSettingsInput input) {
        var request = UpdateBrandSettingsRequest.newBuilder().setBrandId(caller.brandToWrite());
        if (input.currency() != null) {
            request.setCurrency(input.currency());
        }
        if (input.allowedDomains() != null) {
            if (input.allowedDomains().contains(null)) {
                throw new ApiGraphQLError.InvalidArgument("allowedDomains must not contain null");
            }
            request.setUpdateAllowedDomains(true).addAllAllowedDomains(input.allowedDomains());
        }
        if (input.minimumPayout() != null) {
            request.setMinimumPayout(input.minimumPayout().toProto());
        }
        if (input.timeZone() != null) {
            request.setTimeZone(input.timeZone());
        }
        return campaigns.updateBrandSettings(request.build()).map(Brand::from);
    }
}
