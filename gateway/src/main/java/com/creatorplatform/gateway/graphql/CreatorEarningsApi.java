package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.schema.Me;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PayoutTypes.Earnings;
import com.creatorplatform.gateway.schema.PayoutTypes.StatementConnection;
import com.creatorplatform.proto.campaign.v1.ListCreatorMembershipsRequest;
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
    CreatorEarningsApi(CampaignClient campaigns, PayoutClient payouts) {
        this.campaigns = campaigns;
        this.payouts = payouts;
    }

    @Description("The creator's earnings, one per currency: pending (in hold), payable, paid and in all.")
    public Uni<@NonNull List<@NonNull Earnings>> earnings(@Source Me me) {
        return brandOf(me.creatorId()).flatMap(brandId -> brandId == null ? Uni.createFrom().item(List.<Earnings>of())
                : payouts.balances(brandId, List.of(me.creatorId()))
                        .map(balances -> balances.stream().flatMap(b -> b.getEarningsList().stream()).map(Earnings::from).toList()));
    }

    @Description("The creator's statements, newest first, each line tracing to its order, post, bonus or adjustment. "
            + "`first` is at most " + PageCursor.MAX_PAGE_SIZE + ".")
    public Uni<@NonNull StatementConnection> statements(@Source Me me, @DefaultValue("20") int first, String after) {
        return brandOf(me.creatorId()).flatMap(brandId -> brandId == null
                ? Uni.createFrom().item(new StatementConnection(List.of(), new PageInfo(false, null)))
                : PayoutRunsApi.statements(payouts, brandId, me.creatorId(), first, after));
    }

    private Uni<String> brandOf(String creatorId) {
        return campaigns.creatorMemberships(ListCreatorMembershipsRequest.newBuilder().setCreatorId(creatorId)
                        .setPage(Pages.of(1, null)).build())
                .map(page -> page.getMembershipsCount() == 0 ? null : page.getMemberships(0).getBrandId());
    }
}
