package com.creatorplatform.payout.mapping;

import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.repository.LedgerRepository.Balance;
import com.creatorplatform.payout.service.CommissionLedger;
import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.CreatorBalance;
import com.creatorplatform.proto.payout.v1.LedgerEntryKind;
import com.creatorplatform.proto.payout.v1.RecordAdjustmentRequest;
import java.util.List;
import java.util.UUID;

/** Protobuf ⇄ domain, and nothing else. */
public final class PayoutMapping {

    private PayoutMapping() {
    }

    public static com.creatorplatform.proto.payout.v1.LedgerEntry toProto(LedgerEntry entry) {
        return com.creatorplatform.proto.payout.v1.LedgerEntry.newBuilder()
                .setId(entry.id.toString())
                .setBrandId(entry.brandId.toString())
                .setCreatorId(entry.creatorId.toString())
                .setKind(LedgerEntryKind.valueOf("LEDGER_ENTRY_KIND_" + entry.kind.name()))
                .setAmount(money(entry.amountMinor, entry.currency))
                .setCause(entry.cause)
                .setReason(entry.reason == null ? "" : entry.reason)
                .setActor(entry.actor == null ? "" : entry.actor)
                .setCreatedAt(WireTypes.timestamp(entry.createdAt))
                .build();
    }

    public static CreatorBalance toProto(UUID creatorId, List<Balance> balances) {
        return CreatorBalance.newBuilder()
                .setCreatorId(creatorId.toString())
                .addAllBalances(balances.stream().map(b -> money(b.amountMinor(), b.currency())).toList())
                .build();
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

    private static Money money(long amountMinor, String currency) {
        return Money.newBuilder().setAmountMinor(amountMinor).setCurrency(currency).build();
    }
}
