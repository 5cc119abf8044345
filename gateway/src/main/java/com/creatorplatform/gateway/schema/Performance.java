package com.creatorplatform.gateway.schema;

import com.creatorplatform.proto.tracking.v1.ReportRow;
import io.smallrye.mutiny.Uni;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a creator or post achieved in a period, from the tracking rollups. Money fields are null while "
        + "there were no orders; commission and earningsPerClick come from payouts.")
public record Performance(@NonNull Period period, @NonNull long clicks, @NonNull long uniqueClicks, @NonNull long orders,
        Money revenue, Money refunded, Money netRevenue,
        @Description("Orders per unique click; 0 without unique clicks.") @NonNull double conversionRate,
        /* Whose figures these are: a creator, or a creator's post. */ @Ignore String creatorId, @Ignore String postId,
        /* The commission of the whole level, read once (and only if asked) for all its sources. */
        @Ignore Uni<Map<String, Money>> levelCommissions) {

    /** Figures from a tracking report row; null means no activity at all (zeros). */
    public static Performance from(ReportRow row, Period period, String creatorId, String postId,
            Uni<Map<String, Money>> levelCommissions) {
        if (row == null) {
            return new Performance(period, 0, 0, 0, null, null, null, 0, creatorId, postId, levelCommissions);
        }
        var sales = row.getOrders();
        var refunds = row.getRefunds();
        String currency = sales.hasRevenue() ? sales.getRevenue().getCurrency()
                : refunds.hasRefunded() ? refunds.getRefunded().getCurrency() : null;
        Money revenue = currency == null ? null : Money.of(sales.getRevenue().getAmountMinor(), currency);
        Money refunded = currency == null ? null : Money.of(refunds.getRefunded().getAmountMinor(), currency);
        Money net = currency == null ? null : Money.of(revenue.amountMinor() - refunded.amountMinor(), currency);
        return new Performance(period, row.getTraffic().getClicks(), row.getTraffic().getUniqueClicks(), sales.getOrders(),
                revenue, refunded, net, sales.getConversionRate(), creatorId, postId, levelCommissions);
    }

    /** The key of these figures among the level's commissions. */
    @Ignore
    public String commissionKey() {
        return postId == null ? creatorId : postId;
    }
}
