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
import com.creatorplatform.proto.payout.v1.CreatorBalance;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The creator's money on their own `me`: earnings and statements with each brand they work with (a
 * creator record belongs to one brand; its memberships name it). A creator not yet in any campaign
 * has none.
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
            "The creator's earnings, one per creator record and currency: pending (in hold), payable, paid and in "
                    + "all.")
    public Uni<@NonNull List<@NonNull Earnings>> earnings(@Source Me me) {
        String accessToken = caller.accessToken();
        List<Uni<List<Earnings>>> perRecord =
                me.creatorIds().stream()
                        .map(
                                creatorId ->
                                        brandOf(accessToken, creatorId)
                                                .flatMap(
                                                        brandId ->
                                                                brandId == null
                                                                        ? Uni.createFrom()
                                                                                .item(
                                                                                        List
                                                                                                .<Earnings>
                                                                                                        of())
                                                                        : payouts.balances(
                                                                                        brandId,
                                                                                        List.of(
                                                                                                creatorId))
                                                                                .map(
                                                                                        CreatorEarningsApi
                                                                                                ::earningsOf)))
                        .toList();
        return Levels.concat(perRecord);
    }

    @Description(
            "The statements of one of the creator's records, newest first, each line tracing to its order, post, "
                    + "bonus or adjustment. "
                    + CreatorSelfApi.CREATOR_ID
                    + " `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull StatementConnection> statements(
            @Source Me me, @Id String creatorId, @DefaultValue("20") int first, String after) {
        String creator = caller.creatorToRead(creatorId);
        return brandOf(caller.accessToken(), creator)
                .flatMap(
                        brandId ->
                                brandId == null
                                        ? Uni.createFrom()
                                                .item(
                                                        new StatementConnection(
                                                                List.of(),
                                                                new PageInfo(false, null)))
                                        : PayoutRunsApi.statements(
                                                payouts, brandId, creator, first, after));
    }

    @Subscription
    @Description(
            "The signed-in creator's earnings as they change: each ledger entry of theirs once committed (an order "
                    + "credited, a refund taken back, a bonus, a post fee, a payout) with their earnings then, for "
                    + "each of their creator records. Creators only; over WebSocket at /graphql (graphql-transport-ws "
                    + "or graphql-ws).")
    public Multi<EarningsUpdate> myEarnings() {
        List<String> creatorIds = caller.creatorIds();
        // A subscription outlives its request: the token is read now, while the request is in
        // scope.
        String accessToken = caller.accessToken();
        List<Multi<EarningsUpdate>> streams =
                creatorIds.stream()
                        .map(
                                creatorId ->
                                        brandOf(accessToken, creatorId)
                                                .onItem()
                                                .transformToMulti(
                                                        brandId ->
                                                                brandId == null
                                                                        ? Multi.createFrom()
                                                                                .<EarningsUpdate>
                                                                                        empty()
                                                                        : payouts.watchEarnings(
                                                                                        accessToken,
                                                                                        brandId,
                                                                                        creatorId)
                                                                                .map(
                                                                                        EarningsUpdate
                                                                                                ::from)))
                        .toList();
        return streams.size() == 1 ? streams.get(0) : Multi.createBy().merging().streams(streams);
    }

    private static List<Earnings> earningsOf(List<CreatorBalance> balances) {
        return balances.stream()
                .flatMap(b -> b.getEarningsList().stream())
                .map(Earnings::from)
                .toList();
    }

    private Uni<String> brandOf(String accessToken, String creatorId) {
        return campaigns.creatorBrand(accessToken, creatorId);
    }
}
