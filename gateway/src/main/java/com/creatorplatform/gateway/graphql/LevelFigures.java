package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.client.TrackingClient;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.schema.Period;
import com.creatorplatform.proto.payout.v1.Commission;
import com.creatorplatform.proto.tracking.v1.GetReportRequest;
import com.creatorplatform.proto.tracking.v1.ReportDimension;
import com.creatorplatform.proto.tracking.v1.ReportFilter;
import com.creatorplatform.proto.tracking.v1.ReportRow;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of a whole level of creators, posts or campaigns: one tracking report and one read of
 * commissions for the level, whatever its size. The brand's dashboard (its creators and their posts
 * in a campaign) and the creator's own `me` (their campaigns and posts) both read them here, from
 * the same rollups with the same filters, so a creator sees exactly the figures their brand sees
 * for them.
 */
@ApplicationScoped
class LevelFigures {

    /** What a level's figures are per: each row and commission is keyed by this id. */
    enum Per {
        CAMPAIGN(
                ReportDimension.REPORT_DIMENSION_CAMPAIGN,
                false,
                ReportRow::getCampaignId,
                Commission::getCampaignId),
        CREATOR(
                ReportDimension.REPORT_DIMENSION_CREATOR,
                false,
                ReportRow::getCreatorId,
                Commission::getCreatorId),
        POST(
                ReportDimension.REPORT_DIMENSION_POST,
                true,
                ReportRow::getPostId,
                Commission::getPostId);

        private final ReportDimension dimension;
        private final boolean perPost;
        private final Function<ReportRow, String> rowKey;
        private final Function<Commission, String> commissionKey;

        Per(
                ReportDimension dimension,
                boolean perPost,
                Function<ReportRow, String> rowKey,
                Function<Commission, String> commissionKey) {
            this.dimension = dimension;
            this.perPost = perPost;
            this.rowKey = rowKey;
            this.commissionKey = commissionKey;
        }
    }

    /**
     * Whose figures: the creators of a brand in some of its campaigns over a period (a dashboard:
     * one campaign and its page of creators; a creator: their campaigns and themselves).
     */
    record Scope(String brandId, List<String> campaignIds, List<String> creatorIds, Period period) {

        Scope {
            campaignIds = List.copyOf(campaignIds);
            creatorIds = List.copyOf(creatorIds);
        }
    }

    private final TrackingClient tracking;
    private final PayoutClient payouts;

    LevelFigures(TrackingClient tracking, PayoutClient payouts) {
        this.tracking = tracking;
        this.payouts = payouts;
    }

    /** The level's report rows by campaign, creator or post id. */
    Uni<Map<String, ReportRow>> rows(Scope scope, Per per) {
        return tracking.report(
                        GetReportRequest.newBuilder()
                                .setFilter(
                                        ReportFilter.newBuilder()
                                                .setBrandId(scope.brandId())
                                                .setDates(scope.period().toProto())
                                                .addAllCampaignIds(scope.campaignIds())
                                                .addAllCreatorIds(scope.creatorIds()))
                                .addGroupBy(per.dimension)
                                .build())
                .map(
                        rows -> {
                            Map<String, ReportRow> byId = new HashMap<>();
                            // A brand's orders are in its currency (ADR 0050): one row per id.
                            rows.forEach(row -> byId.putIfAbsent(per.rowKey.apply(row), row));
                            return byId;
                        });
    }

    /** The level's commissions by campaign, creator or post id. */
    Uni<Map<String, Money>> commissions(Scope scope, Per per) {
        return payouts.commissions(
                        scope.brandId(),
                        scope.campaignIds(),
                        scope.creatorIds(),
                        scope.period().toProto(),
                        per.perPost)
                .map(
                        rows -> {
                            Map<String, Money> byId = new HashMap<>();
                            // A campaign pays in the brand's currency (ADR 0050): one row per id.
                            rows.forEach(
                                    row ->
                                            byId.putIfAbsent(
                                                    per.commissionKey.apply(row),
                                                    Money.of(row.getAmount())));
                            return byId;
                        });
    }
}
