package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record LedgerEntry(@Id @NonNull String id, @NonNull String creatorId, @NonNull String kind, @NonNull Money amount,
        @NonNull String cause, String reason, String actor, @NonNull Instant createdAt) {

    public static LedgerEntry from(com.creatorplatform.proto.payout.v1.LedgerEntry entry) {
        return new LedgerEntry(entry.getId(), entry.getCreatorId(), entry.getKind().name().substring("LEDGER_ENTRY_KIND_".length()),
                Money.of(entry.getAmount()), entry.getCause(), entry.getReason().isEmpty() ? null : entry.getReason(),
                entry.getActor().isEmpty() ? null : entry.getActor(), WireTypes.instant(entry.getCreatedAt()));
    }
}
