package com.creatorplatform.payout.mapping;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.EnumNames;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.PlanTerms;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.payout.domain.CommissionPlan;
import com.creatorplatform.payout.domain.CreditTerms;
import com.creatorplatform.payout.domain.Fields;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.OrderEvent;
import com.creatorplatform.payout.domain.OrderTerms;
import com.creatorplatform.payout.domain.PostFee;
import com.creatorplatform.payout.domain.Statement;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.service.CommissionLedger;
import com.creatorplatform.payout.service.OrderEventApplier;
import com.creatorplatform.payout.service.PayoutRuns;
import com.creatorplatform.proto.campaign.v1.PublishedPost;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.ApplyOrderEventsRequest;
import com.creatorplatform.proto.payout.v1.BatchGetCommissionsRequest;
import com.creatorplatform.proto.payout.v1.CreatorBalance;
import com.creatorplatform.proto.payout.v1.Earnings;
import com.creatorplatform.proto.payout.v1.LedgerEntryKind;
import com.creatorplatform.proto.payout.v1.ListLedgerEntriesRequest;
import com.creatorplatform.proto.payout.v1.OrderCommission;
import com.creatorplatform.proto.payout.v1.OrderEventKind;
import com.creatorplatform.proto.payout.v1.PayoutRunProgress;
import com.creatorplatform.proto.payout.v1.PayoutRunStatus;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/** Protobuf ⇄ domain, and nothing else. */
public final class PayoutMapping {

    private PayoutMapping() {}

    public static com.creatorplatform.proto.payout.v1.LedgerEntry toProto(LedgerEntry entry) {
        var proto =
                com.creatorplatform.proto.payout.v1.LedgerEntry.newBuilder()
                        .setId(entry.id.toString())
                        .setBrandId(entry.brandId.toString())
                        .setCreatorId(entry.creatorId.toString())
                        .setKind(
                                EnumNames.toWire(
                                        LedgerEntryKind.class, "LEDGER_ENTRY_KIND_", entry.kind))
                        .setAmount(money(entry.amountMinor, entry.currency))
                        .setCause(entry.cause)
                        .setReason(entry.reason == null ? "" : entry.reason)
                        .setActor(entry.actor == null ? "" : entry.actor)
                        .setCreatedAt(WireTypes.timestamp(entry.createdAt))
                        .setOrderId(entry.orderId == null ? "" : entry.orderId)
                        .setEventId(entry.eventId == null ? "" : entry.eventId)
                        .setPostId(entry.postId == null ? "" : entry.postId.toString())
                        .setCampaignId(entry.campaignId == null ? "" : entry.campaignId.toString());
        if (entry.payableAt != null) {
            proto.setPayableAt(WireTypes.timestamp(entry.payableAt));
        }
        return proto.build();
    }

    public static CreatorBalance toProto(UUID creatorId, List<LedgerRepository.Earnings> earnings) {
        var balance = CreatorBalance.newBuilder().setCreatorId(creatorId.toString());
        for (var e : earnings) {
            balance.addBalances(money(e.balanceMinor(), e.currency()));
            balance.addEarnings(toProto(e));
        }
        return balance.build();
    }

    public static Earnings toProto(LedgerRepository.Earnings e) {
        return Earnings.newBuilder()
                .setPending(money(e.pendingMinor(), e.currency()))
                .setPayable(money(e.payableMinor(), e.currency()))
                .setPaid(money(e.paidMinor(), e.currency()))
                .setTotal(money(e.totalMinor(), e.currency()))
                .build();
    }

    public static LedgerRepository.Filter toFilter(ListLedgerEntriesRequest request) {
        return new LedgerRepository.Filter(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parseOptional("campaign_id", request.getCampaignId()),
                Ids.parseOptional("creator_id", request.getCreatorId()));
    }

    public static OrderCommission toProto(LedgerRepository.OrderCommission commission) {
        return OrderCommission.newBuilder()
                .setOrderId(commission.orderId())
                .setAmount(money(commission.amountMinor(), commission.currency()))
                .build();
    }

    public static com.creatorplatform.proto.payout.v1.CampaignBudget toBudget(
            UUID campaignId, List<LedgerRepository.CampaignBudget> rows) {
        var budget =
                com.creatorplatform.proto.payout.v1.CampaignBudget.newBuilder()
                        .setCampaignId(campaignId.toString())
                        .addAllCommitted(
                                rows.stream()
                                        .map(r -> money(r.committedMinor(), r.currency()))
                                        .toList())
                        .setStoppedCredits(
                                rows.stream()
                                        .mapToInt(LedgerRepository.CampaignBudget::stoppedCredits)
                                        .sum())
                        .addAllWithheld(
                                rows.stream()
                                        .filter(r -> r.stoppedCredits() > 0)
                                        .map(r -> money(r.withheldMinor(), r.currency()))
                                        .toList());
        rows.stream()
                .map(LedgerRepository.CampaignBudget::firstStoppedAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .ifPresent(at -> budget.setFirstStoppedAt(WireTypes.timestamp(at)));
        return budget.build();
    }

    /**
     * The batch, each event checked; a refusal names the event by its position, and refuses the
     * whole batch.
     */
    public static List<OrderEventApplier.Incoming> toIncoming(ApplyOrderEventsRequest request) {
        if (request.getEventsCount() > Ids.MAX_BATCH) {
            throw ApiError.invalidArgument(
                    "events takes at most "
                            + Ids.MAX_BATCH
                            + " events, got "
                            + request.getEventsCount());
        }
        var batch = new ArrayList<OrderEventApplier.Incoming>();
        for (int i = 0; i < request.getEventsCount(); i++) {
            try {
                batch.add(toIncoming(request.getEvents(i)));
            } catch (ApiError refused) {
                throw ApiError.invalidArgument("events[" + i + "]: " + refused.getMessage());
            }
        }
        return batch;
    }

    private static OrderEventApplier.Incoming toIncoming(
            com.creatorplatform.proto.payout.v1.OrderEvent event) {
        String currency =
                WireTypes.currency("order_amount.currency", event.getOrderAmount().getCurrency());
        if (!event.hasOccurredAt()) {
            throw ApiError.invalidArgument("occurred_at is required");
        }
        if (!event.hasPlan()) {
            throw ApiError.invalidArgument("plan is required");
        }
        var domain =
                OrderEvent.of(
                        Fields.required("event_id", event.getEventId()),
                        Ids.parse("brand_id", event.getBrandId()),
                        Fields.required("order_id", event.getOrderId()),
                        Ids.parse("creator_id", event.getCreatorId()),
                        Ids.parse("campaign_id", event.getCampaignId()),
                        Ids.parseOptional("post_id", event.getPostId()),
                        Ids.parse("offer_version_id", event.getOfferVersionId()),
                        kind(event.getKind()),
                        event.getOrderAmount().getAmountMinor(),
                        minorIn("refund_amount", event.getRefundAmount(), currency),
                        currency,
                        WireTypes.instant(event.getOccurredAt()),
                        event.hasRecordedAt() ? WireTypes.instant(event.getRecordedAt()) : null);
        var cap =
                event.hasCampaignBudgetCap()
                        ? OptionalLong.of(
                                minorIn(
                                        "campaign_budget_cap",
                                        event.getCampaignBudgetCap(),
                                        currency))
                        : OptionalLong.empty();
        return new OrderEventApplier.Incoming(
                domain,
                new OrderTerms(toDomain(event.getPlan(), currency), event.getHoldDays(), cap));
    }

    /**
     * The fee a post from campaign-service's feed of publications earns; empty when its offer
     * version pays none.
     */
    public static Optional<PostFee> toPostFee(PublishedPost post) {
        var fee = post.getFeePerPublishedPost();
        if (fee.getAmountMinor() == 0) {
            return Optional.empty();
        }
        try {
            String currency =
                    WireTypes.currency("fee_per_published_post.currency", fee.getCurrency());
            var cap =
                    post.hasCampaignBudgetCap()
                            ? OptionalLong.of(
                                    minorIn(
                                            "campaign_budget_cap",
                                            post.getCampaignBudgetCap(),
                                            currency))
                            : OptionalLong.empty();
            if (!post.hasPublishedAt()) {
                throw ApiError.invalidArgument("published_at is required");
            }
            return Optional.of(
                    new PostFee(
                            Ids.parse("brand_id", post.getBrandId()),
                            Ids.parse("campaign_id", post.getCampaignId()),
                            Ids.parse("creator_id", post.getCreatorId()),
                            Ids.parse("post_id", post.getPostId()),
                            Ids.parse("offer_version_id", post.getOfferVersionId()),
                            fee.getAmountMinor(),
                            currency,
                            WireTypes.instant(post.getPublishedAt()),
                            post.getPublishedUrl(),
                            new CreditTerms(post.getHoldDays(), cap)));
        } catch (ApiError malformed) {
            throw new IllegalStateException(
                    "published post "
                            + post.getPostId()
                            + " from campaign-service: "
                            + malformed.getMessage());
        }
    }

    /**
     * The plan, its money in the order's currency. The fee per published post is left out:
     * payout-service earns it from campaign-service's feed of publications, not from orders, so an
     * order in another currency than the fee's is no reason to refuse the order.
     */
    static CommissionPlan toDomain(
            com.creatorplatform.proto.common.v1.CommissionPlan plan, String currency) {
        var basis =
                switch (plan.getBasis()) {
                    case COMMISSION_BASIS_UNSPECIFIED -> null;
                    case COMMISSION_BASIS_PERCENT -> PlanTerms.Basis.PERCENT;
                    case COMMISSION_BASIS_FLAT -> PlanTerms.Basis.FLAT;
                    default ->
                            throw ApiError.invalidArgument(
                                    "plan.basis must be PERCENT or FLAT, got " + plan.getBasis());
                };
        var mode =
                switch (plan.getTierMode()) {
                    case TIER_MODE_UNSPECIFIED -> null;
                    case TIER_MODE_NONE -> PlanTerms.TierMode.NONE;
                    case TIER_MODE_MARGINAL -> PlanTerms.TierMode.MARGINAL;
                    case TIER_MODE_WHOLE -> PlanTerms.TierMode.WHOLE;
                    default ->
                            throw ApiError.invalidArgument(
                                    "plan.tier_mode must be NONE, MARGINAL or WHOLE, got "
                                            + plan.getTierMode());
                };
        var draft =
                new PlanTerms.Draft(
                        basis,
                        plan.getRateBasisPoints(),
                        plan.hasFlatPerOrder() ? amount(plan.getFlatPerOrder()) : null,
                        mode,
                        plan.getTiersList().stream()
                                .map(
                                        t ->
                                                new PlanTerms.Tier(
                                                        t.getFromMinor(), t.getRateBasisPoints()))
                                .toList(),
                        plan.getBonusesList().stream()
                                .map(
                                        b ->
                                                new PlanTerms.DraftBonus(
                                                        b.getThresholdMinor(),
                                                        amount(b.getAmount())))
                                .toList(),
                        null);
        return new CommissionPlan(draft.in(currency, "order's"));
    }

    private static PlanTerms.Amount amount(Money money) {
        return new PlanTerms.Amount(money.getAmountMinor(), money.getCurrency());
    }

    private static OrderEvent.Kind kind(OrderEventKind kind) {
        return switch (kind) {
            case ORDER_EVENT_KIND_COMPLETED -> OrderEvent.Kind.COMPLETED;
            case ORDER_EVENT_KIND_CANCELLED -> OrderEvent.Kind.CANCELLED;
            case ORDER_EVENT_KIND_REFUNDED -> OrderEvent.Kind.REFUNDED;
            default ->
                    throw ApiError.invalidArgument("kind must be COMPLETED, CANCELLED or REFUNDED");
        };
    }

    /** Money that must be in the order's currency; an empty message means none (zero). */
    private static long minorIn(String field, Money money, String currency) {
        if (money.getAmountMinor() == 0 && money.getCurrency().isEmpty()) {
            return 0;
        }
        if (!currency.equals(WireTypes.currency(field + ".currency", money.getCurrency()))) {
            throw ApiError.invalidArgument(
                    field
                            + " must be in the order's currency "
                            + currency
                            + ", got "
                            + money.getCurrency());
        }
        return money.getAmountMinor();
    }

    public static CommissionLedger.Adjustment toAdjustment(RecordAdjustmentRequest request) {
        return new CommissionLedger.Adjustment(
                Ids.parse("brand_id", request.getBrandId()),
                Ids.parse("creator_id", request.getCreatorId()),
                request.getAmount().getAmountMinor(),
                request.getAmount().getCurrency(),
                request.getReason(),
                request.getActor(),
                request.getIdempotencyKey());
    }

    public static com.creatorplatform.proto.payout.v1.PayoutRun toProto(PayoutRuns.RunView view) {
        var run = view.run();
        return com.creatorplatform.proto.payout.v1.PayoutRun.newBuilder()
                .setId(run.id.toString())
                .setBrandId(run.brandId.toString())
                .setPeriod(YearMonth.from(run.period).toString())
                .setStatus(
                        EnumNames.toWire(PayoutRunStatus.class, "PAYOUT_RUN_STATUS_", run.status))
                .setMinimumPayout(money(run.minimumPayoutMinor, run.minimumCurrency))
                .setActor(run.actor == null ? "" : run.actor)
                .setFailureReason(run.failureReason == null ? "" : run.failureReason)
                .setCreatedAt(WireTypes.timestamp(run.createdAt))
                .setProgress(
                        PayoutRunProgress.newBuilder()
                                .setCreatorsDone(run.creatorsDone)
                                .setCreatorsTotal(run.creatorsTotal))
                .addAllStatements(
                        view.statements().stream().map(s -> toProto(s, List.of())).toList())
                .build();
    }

    public static com.creatorplatform.proto.payout.v1.Statement toProto(
            Statement statement, List<LedgerEntry> lines) {
        return com.creatorplatform.proto.payout.v1.Statement.newBuilder()
                .setId(statement.id.toString())
                .setCreatorId(statement.creatorId.toString())
                .setTotal(money(statement.totalMinor, statement.currency))
                .setCarried(money(statement.carriedMinor, statement.currency))
                .setCarriedForward(statement.carriedForward)
                .setRunId(statement.runId.toString())
                .setCreatedAt(WireTypes.timestamp(statement.createdAt))
                .addAllLines(lines.stream().map(PayoutMapping::toProto).toList())
                .build();
    }

    public static YearMonth period(String value) {
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ApiError.invalidArgument("period must be a month YYYY-MM, got '" + value + "'");
        }
    }

    /**
     * The campaigns a commissions request asks for: its campaign_id and campaign_ids, at least one
     * and at most a batch.
     */
    public static List<UUID> campaigns(BatchGetCommissionsRequest request) {
        var asked = new ArrayList<String>();
        if (!request.getCampaignId().isBlank()) {
            asked.add(request.getCampaignId());
        }
        asked.addAll(request.getCampaignIdsList());
        if (asked.isEmpty()) {
            throw ApiError.invalidArgument("campaign_id or campaign_ids is required");
        }
        return Ids.parseBatch("campaign_ids", asked);
    }

    public static com.creatorplatform.proto.payout.v1.Commission toProto(
            LedgerRepository.Commission commission) {
        return com.creatorplatform.proto.payout.v1.Commission.newBuilder()
                .setCampaignId(commission.campaignId().toString())
                .setCreatorId(commission.creatorId().toString())
                .setPostId(commission.postId() == null ? "" : commission.postId().toString())
                .setAmount(money(commission.amountMinor(), commission.currency()))
                .build();
    }

    private static Money money(long amountMinor, String currency) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
    }
}
