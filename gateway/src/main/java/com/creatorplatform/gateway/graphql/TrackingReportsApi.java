package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Creator;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.ReportTypes.Attribution;
import com.creatorplatform.gateway.schema.ReportTypes.CreateDiscountCodeInput;
import com.creatorplatform.gateway.schema.ReportTypes.DiscountCode;
import com.creatorplatform.gateway.schema.ReportTypes.DiscountCodePayload;
import com.creatorplatform.gateway.schema.ReportTypes.Order;
import com.creatorplatform.gateway.schema.ReportTypes.OrderConnection;
import com.creatorplatform.gateway.schema.ReportTypes.ReportDimension;
import com.creatorplatform.gateway.schema.ReportTypes.ReportFilterInput;
import com.creatorplatform.gateway.schema.ReportTypes.ReportRow;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.tracking.v1.CreateDiscountCodeRequest;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ListTransactionDetailsRequest;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Tracking reports, orders and why each was credited, and discount codes, answered by
 * tracking-service.
 */
@GraphQLApi
public class TrackingReportsApi {

    private final Caller caller;
    private final CampaignClient campaigns;
    private final TrackingClient tracking;

    TrackingReportsApi(Caller caller, CampaignClient campaigns, TrackingClient tracking) {
        this.caller = caller;
        this.campaigns = campaigns;
        this.tracking = tracking;
    }

    @Query
    @Description(
            "Traffic, orders and refunds of the caller's brand from the daily rollups, one row per group (no "
                    + "groupBy: one row for everything); money in the brand's currency.")
    public Uni<@NonNull List<@NonNull ReportRow>> report(
            @NonNull ReportFilterInput filter,
            @DefaultValue("[]") List<@NonNull ReportDimension> groupBy) {
        var request = GetReportRequest.newBuilder().setFilter(filter.toProto(caller.brandToRead()));
        (groupBy == null ? List.<ReportDimension>of() : groupBy)
                .forEach(d -> request.addGroupBy(ReportDimension.toProto(d)));
        return tracking.report(request.build())
                .map(rows -> rows.stream().map(ReportRow::from).toList());
    }

    @Query
    @Description(
            "The orders behind a report, newest first, each with its attribution and refunds; without id filters "
                    + "unattributed orders are listed too. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull OrderConnection> transactions(
            @NonNull ReportFilterInput filter, @DefaultValue("20") int first, String after) {
        return tracking.transactions(
                        ListTransactionDetailsRequest.newBuilder()
                                .setFilter(filter.toProto(caller.brandToRead()))
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new OrderConnection(
                                        page.getOrdersList().stream().map(Order::from).toList(),
                                        PageInfo.of(page.getPage())));
    }

    @Query
    @Description(
            "Orders of the caller's brand by the shop's order ids, in the order asked; unknown ones are left out. "
                    + "`attribution.reason` says why each was credited (or not).")
    public Uni<@NonNull List<@NonNull Order>> orders(@NonNull List<@NonNull String> orderIds) {
        return tracking.orders(caller.brandToRead(), orderIds)
                .map(found -> found.stream().map(Order::from).toList());
    }

    @Description("The creator credited (one batch read for the whole list); null when none was.")
    public Uni<List<Creator>> creator(@Source List<Attribution> attributions) {
        List<Attribution> credited =
                attributions.stream().filter(a -> a.creatorId() != null).toList();
        return RelatedRecords.resolve(
                        credited,
                        Attribution::brandId,
                        Attribution::creatorId,
                        (brand, ids) ->
                                campaigns
                                        .creators(ReadScope.brand(brand), ids)
                                        .map(found -> found.stream().map(Creator::from).toList()),
                        Creator::id)
                .map(
                        found -> {
                            var answers = new ArrayList<Creator>(attributions.size());
                            var next = found.iterator();
                            attributions.forEach(
                                    a -> answers.add(a.creatorId() == null ? null : next.next()));
                            return answers;
                        });
    }

    @Mutation
    @Description(
            "Gives a creator a discount code for a campaign of the caller's brand. Brand admins only.")
    public Uni<@NonNull DiscountCodePayload> createDiscountCode(
            @NonNull CreateDiscountCodeInput input) {
        String brandId = caller.brandToWrite();
        return campaigns
                .campaigns(ReadScope.brand(brandId), List.of(input.campaignId()))
                .flatMap(
                        found -> {
                            if (found.isEmpty()) {
                                throw new ApiGraphQLError.NotFound(
                                        "campaign " + input.campaignId() + " does not exist");
                            }
                            return tracking.createDiscountCode(
                                    CreateDiscountCodeRequest.newBuilder()
                                            .setBrandId(brandId)
                                            .setCampaignId(input.campaignId())
                                            .setCreatorId(input.creatorId())
                                            .setCode(input.code())
                                            .build());
                        })
                .map(code -> new DiscountCodePayload(DiscountCode.from(code)));
    }
}
