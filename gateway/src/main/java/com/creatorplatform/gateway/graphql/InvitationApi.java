package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.schema.Membership;
import com.creatorplatform.proto.campaign.v1.RedeemInvitationRequest;
import io.smallrye.mutiny.Uni;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The one operation open to a visitor without a token (http/GraphQLHttp lets nothing else through):
 * redeeming the link of an invitation mail, which is its own proof.
 */
@GraphQLApi
public class InvitationApi {

    @Input("RedeemInvitationInput")
    @Description("The token of an invitation mail's link, and the password of the login to create.")
    public record RedeemInvitationInput(
            @NonNull String token,
            @Description(
                            "Required when the invited address has no login yet (10 to 128"
                                    + " characters); an existing login keeps its password.")
                    String password) {}

    public record RedeemInvitationPayload(
            @NonNull Membership membership,
            @NonNull @Description("The username to sign in with: the invited address.")
                    String login,
            @Description("Whether this created the login; else sign in as before.")
                    boolean loginCreated) {}

    private final CampaignClient campaigns;

    InvitationApi(CampaignClient campaigns) {
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Redeems the link of an invitation mail, without a token: creates the person's login"
                    + " with the password (or keeps the login they have, gaining this brand), and"
                    + " accepts the membership. The link works once and until it expires; then sign"
                    + " in for a token with every creator record of the login.")
    public Uni<@NonNull RedeemInvitationPayload> redeemInvitation(
            @NonNull RedeemInvitationInput input) {
        return campaigns
                .redeemInvitation(
                        RedeemInvitationRequest.newBuilder()
                                .setToken(input.token())
                                .setPassword(input.password() == null ? "" : input.password())
                                .build())
                .map(
                        redeemed ->
                                new RedeemInvitationPayload(
                                        Membership.from(redeemed.getMembership()),
                                        redeemed.getLogin(),
                                        redeemed.getLoginCreated()));
    }
}
