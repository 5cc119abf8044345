package com.creatorplatform.gateway.schema;

import com.creatorplatform.proto.tracking.v1.ReportRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "What a creator or post achieved in a period, from the tracking rollups. Money fields are null while "
                + "there were no orders; commission and earningsPerClick come from payouts.")
public record Performance(
        @NonNull Period period,
        @NonNull long clicks,
        @NonNull long uniqueClicks,
        @NonNull long orders,
        Money revenue,
        Money refunded,
        Money netRevenue,
        @Description("Orders per unique click; 0 without unique clicks.") @NonNull
                double conversionRate,
        /* From the read of the whole level's commissions (one for all its creators or posts). */
        @Ignore Fetched<Money> commissionRead) {

    /** Figures from a tracking report row; null means no activity at all (zeros). */
    public static Performance from(
            ReportRow row,
            Period period,
            Fetched<Map<String, Money>> levelCommissions,
            String commissionKey) {
        Fetched<Money> commission = levelCommissions.map(byKey -> byKey.get(commissionKey));
        if (row == null) {
            return new Performance(period, 0, 0, 0, null, null, null, 0, commission);
        }
        var sales = row.getOrders();
        var refunds = row.getRefunds();
        String currency =
                sales.hasRevenue()
                        ? sales.getRevenue().getCurrency()
                        : refunds.hasRefunded() ? refunds.getRefunded().getCurrency() : null;
        Money revenue =
                currency == null ? null : Money.of(sales.getRevenue().getAmountMinor(), currency);
        Money refunded =
                currency == null
                        ? null
                        : Money.of(refunds.getRefunded().getAmountMinor(), currency);
        Money net =
                currency == null
                        ? null
                        : Money.of(revenue.amountMinor() - refunded.amountMinor(), currency);
        return new Performance(
                period,
                row.getTraffic().getClicks(),
                row.getTraffic().getUniqueClicks(),
                sales.getOrders(),
                revenue,
                refunded,
                net,
                sales.getConversionRate(),
                commission);
    }

    @Description(
            "What the creator or post earned in the period: commission on its orders after refunds, tier top-ups "
                    + "and bonuses, counted on the day of the order event; null while nothing was earned.")
    public Money getCommission() {
        return commissionRead.get();
    }

    @Description(
            "Commission per click (all clicks), rounded half-up to the minor unit; null without clicks or commission.")
    public Money getEarningsPerClick() {
        Money commission = getCommission();
        if (commission == null || clicks == 0) {
            return null;
        }
        long perClick =
                BigDecimal.valueOf(commission.amountMinor())
                        .divide(BigDecimal.valueOf(clicks), 0, RoundingMode.HALF_UP)
                        .longValueExact();
        return Money.of(perClick, commission.currency());
    }
}
