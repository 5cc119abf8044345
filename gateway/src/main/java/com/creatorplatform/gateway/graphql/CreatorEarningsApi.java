package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.schema.Me;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PayoutTypes.Earnings;
import com.creatorplatform.gateway.schema.PayoutTypes.EarningsUpdate;
import com.creatorplatform.gateway.schema.PayoutTypes.StatementConnection;
import com.creatorplatform.gateway.security.Caller;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The creator's money on their own `me`: earnings and statements with the brand that onboarded them
 * (a creator record belongs to one brand; its memberships name it). A creator not yet in any
 * campaign has none.
 */
@GraphQLApi
public class CreatorEarningsApi {

    private final CampaignClient campaigns;
    private final PayoutClient payouts;
    private final Caller caller;

    CreatorEarningsApi(CampaignClient campaigns, PayoutClient payouts, Caller caller) {
        this.campaigns = campaigns;
        this.payouts = payouts;
        this.caller = caller;
    }

    @Description(
            "The creator's earnings, one per currency: pending (in hold), payable, paid and in all.")
    public Uni<@NonNull List<@NonNull Earnings>> earnings(@Source Me me) {
        return brandOf(caller.accessToken(), me.creatorId())
                .flatMap(
                        brandId ->
                                brandId == null
                                        ? Uni.createFrom().item(List.<Earnings>of())
                                        : payouts.balances(brandId, List.of(me.creatorId()))
                                                .map(
                                                        balances ->
                                                                balances.stream()
                                                                        .flatMap(
                                                                                b ->
                                                                                        b
                                                                                                .getEarningsList()
                                                                                                .stream())
                                                                        .map(Earnings::from)
                                                                        .toList()));
    }

    @Description(
            "The creator's statements, newest first, each line tracing to its order, post, bonus or adjustment. "
                    + "`first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull StatementConnection> statements(
            @Source Me me, @DefaultValue("20") int first, String after) {
        return brandOf(caller.accessToken(), me.creatorId())
                .flatMap(
                        brandId ->
                                brandId == null
                                        ? Uni.createFrom()
                                                .item(
                                                        new StatementConnection(
                                                                List.of(),
                                                                new PageInfo(false, null)))
                                        : PayoutRunsApi.statements(
                                                payouts, brandId, me.creatorId(), first, after));
    }

    @Subscription
    @Description(
            "The signed-in creator's earnings as they change: each ledger entry of theirs once committed (an order "
                    + "credited, a refund taken back, a bonus, a post fee, a payout) with their earnings then. Creators only; "
                    + "over WebSocket at /graphql (graphql-transport-ws or graphql-ws).")
    public Multi<EarningsUpdate> myEarnings() {
        String creatorId = caller.creatorSelf();
        // A subscription outlives its request: the token is read now, while the request is in
        // scope.
        String accessToken = caller.accessToken();
        return brandOf(accessToken, creatorId)
                .onItem()
                .transformToMulti(
                        brandId ->
                                brandId == null
                                        ? Multi.createFrom().<EarningsUpdate>empty()
                                        : payouts.watchEarnings(accessToken, brandId, creatorId)
                                                .map(EarningsUpdate::from));
    }

    private Uni<String> brandOf(String accessToken, String creatorId) {
        return campaigns.creatorBrand(accessToken, creatorId);
    }
}
