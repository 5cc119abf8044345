package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.LedgerTypes.CampaignBudget;
import com.creatorplatform.gateway.schema.LedgerTypes.LedgerPage;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.schema.ReportTypes.Order;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesRequest;
import com.creatorplatform.proto.payout.v1.OrderCommission;
import io.smallrye.mutiny.Uni;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * The brand's money as payout-service keeps it: its ledger with totals, each order's commission and
 * each campaign's budget. Lists are resolved a level at a time (one call for all the orders or
 * campaigns of a page), and all of it is the brand's own business: creators are refused.
 */
@GraphQLApi
public class BrandMoneyApi {

    private final Caller caller;
    private final PayoutClient payouts;

    BrandMoneyApi(Caller caller, PayoutClient payouts) {
        this.caller = caller;
        this.payouts = payouts;
    }

    @Query
    @Description(
            "The caller's brand's ledger, newest first, optionally of one campaign and/or creator: every "
                    + "entry with its cause, and the totals by where the money stands. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ". Brand users only.")
    public Uni<@NonNull LedgerPage> ledger(
            @Id String campaignId,
            @Id String creatorId,
            @DefaultValue("20") int first,
            String after) {
        return payouts.ledgerEntries(
                        ListLedgerEntriesRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setCampaignId(Objects.requireNonNullElse(campaignId, ""))
                                .setCreatorId(Objects.requireNonNullElse(creatorId, ""))
                                .setPage(Pages.of(first, after))
                                .build())
                .map(LedgerPage::from);
    }

    @Description(
            "What the order earned its creator: its accrual less its reversals (tier top-ups and bonuses "
                    + "belong to no one order); null while it has earned nothing (not completed, unattributed, "
                    + "self-referred, or stopped by the budget cap). One read for the whole list. Brand users only.")
    public Uni<List<Money>> commission(@Source List<Order> orders) {
        caller.brandToRead();
        return Levels.perGroup(
                orders,
                Order::brandId,
                (brandId, members) ->
                        payouts.orderCommissions(
                                        brandId,
                                        List.copyOf(
                                                new LinkedHashSet<>(
                                                        members.stream()
                                                                .map(Order::orderId)
                                                                .toList())))
                                .map(
                                        found -> {
                                            Map<String, OrderCommission> byOrder = new HashMap<>();
                                            found.forEach(c -> byOrder.put(key(c), c));
                                            return members.stream()
                                                    .map(
                                                            o -> {
                                                                var c =
                                                                        byOrder.get(
                                                                                o.orderId()
                                                                                        + " "
                                                                                        + o.amount()
                                                                                                .currency());
                                                                return c == null
                                                                        ? null
                                                                        : Money.of(c.getAmount());
                                                            })
                                                    .toList();
                                        }));
    }

    /** An order's commission is in the order's currency (ADR 0050). */
    private static String key(OrderCommission commission) {
        return commission.getOrderId() + " " + commission.getAmount().getCurrency();
    }

    @Description(
            "What the campaign has committed of its budget and where the budget cap stopped credits (one read "
                    + "for the whole list). Brand users only.")
    public Uni<List<@NonNull CampaignBudget>> budget(@Source List<Campaign> campaigns) {
        caller.brandToRead();
        return Levels.perGroup(
                campaigns,
                Campaign::brandId,
                (brandId, members) ->
                        payouts.campaignBudgets(
                                        brandId,
                                        List.copyOf(
                                                new LinkedHashSet<>(
                                                        members.stream()
                                                                .map(Campaign::id)
                                                                .toList())))
                                .map(
                                        found -> {
                                            Map<String, CampaignBudget> byCampaign =
                                                    new HashMap<>();
                                            found.forEach(
                                                    b ->
                                                            byCampaign.put(
                                                                    b.getCampaignId(),
                                                                    CampaignBudget.from(b)));
                                            return members.stream()
                                                    .map(c -> byCampaign.get(c.id()))
                                                    .toList();
                                        }));
    }
}
