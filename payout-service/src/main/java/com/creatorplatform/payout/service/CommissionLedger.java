package com.creatorplatform.payout.service;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.repository.LedgerRepository;
import com.creatorplatform.payout.repository.LedgerRepository.Balance;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/** Use cases of the creators' ledger. */
@ApplicationScoped
public class CommissionLedger {

    private static final Logger LOG = Logger.getLogger(CommissionLedger.class);

    /** What an adjustment is made of, as the caller asked for it. */
    public record Adjustment(UUID brandId, UUID creatorId, long amountMinor, String currency, String reason, String actor,
            String idempotencyKey) {
    }

    private final LedgerRepository ledger;
    private final Clock clock;

    CommissionLedger(LedgerRepository ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Records the adjustment once; a retry with the same key returns the entry already recorded. */
    @WithTransaction
    public Uni<LedgerEntry> recordAdjustment(Adjustment request) {
        var entry = LedgerEntry.adjustment(request.brandId(), request.creatorId(), request.amountMinor(), request.currency(),
                request.reason(), request.actor(), request.idempotencyKey(), clock.instant());
        return ledger.appendOnce(entry).invoke(stored -> {
            if (!stored.sameAs(entry)) {
                throw ApiError.alreadyExists("idempotency_key '" + request.idempotencyKey() + "' was used for a different adjustment");
            }
            if (stored.id.equals(entry.id)) {
                LOG.infof("adjustment %s of %d %s for creator %s by %s", stored.id, stored.amountMinor, stored.currency,
                        stored.creatorId, stored.actor);
            }
        });
    }

    /** Each creator's balances, per currency; every asked creator is present, with none if they have no entries. */
    @WithSession
    public Uni<Map<UUID, List<Balance>>> balances(UUID brandId, List<UUID> creatorIds) {
        return ledger.balances(brandId, creatorIds).map(rows -> {
            Map<UUID, List<Balance>> byCreator = rows.stream().collect(Collectors.groupingBy(Balance::creatorId));
            return creatorIds.stream().collect(Collectors.toMap(id -> id, id -> byCreator.getOrDefault(id, List.of()),
                    (a, b) -> a, java.util.LinkedHashMap::new));
        });
    }
}
