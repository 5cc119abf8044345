package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What the brand owes a creator, per currency: the sum of their ledger entries.")
public record CreatorBalance(@NonNull String creatorId, @NonNull List<@NonNull Money> balances) {

    public static CreatorBalance from(com.creatorplatform.proto.payout.v1.CreatorBalance balance) {
        return new CreatorBalance(
                balance.getCreatorId(), balance.getBalancesList().stream().map(Money::of).toList());
    }
}
