package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "One append-only ledger entry and what caused it: an order (orderId), a post, a bonus, a tier top-up, a "
                + "payout or a manual adjustment (reason and actor). `cause` is unique per brand.")
public record LedgerEntry(
        @Id @NonNull String id,
        @NonNull String creatorId,
        @Description("ACCRUAL, REVERSAL, BONUS, POST_FEE, TIER_ADJUSTMENT, PAYOUT or ADJUSTMENT.")
                @NonNull
                String kind,
        @NonNull Money amount,
        @NonNull String cause,
        String orderId,
        @Description("The campaign whose budget it spends (entries caused by an order or a post).")
                String campaignId,
        @Description("POST_FEE entries: the published post paid for.") String postId,
        String reason,
        String actor,
        @NonNull Instant createdAt,
        @Description("When it becomes payable (its hold ends); null means at once.")
                Instant payableAt) {

    public static LedgerEntry from(com.creatorplatform.proto.payout.v1.LedgerEntry entry) {
        return new LedgerEntry(
                entry.getId(),
                entry.getCreatorId(),
                entry.getKind().name().substring("LEDGER_ENTRY_KIND_".length()),
                Money.of(entry.getAmount()),
                entry.getCause(),
                Membership.blankToNull(entry.getOrderId()),
                Membership.blankToNull(entry.getCampaignId()),
                Membership.blankToNull(entry.getPostId()),
                Membership.blankToNull(entry.getReason()),
                Membership.blankToNull(entry.getActor()),
                WireTypes.instant(entry.getCreatedAt()),
                entry.hasPayableAt() ? WireTypes.instant(entry.getPayableAt()) : null);
    }
}
