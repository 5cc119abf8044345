package com.creatorplatform.payout.repository;

import com.creatorplatform.payout.domain.LedgerEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class LedgerRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

    /** A creator's balance in one currency: the sum of their entries. */
    public record Balance(UUID creatorId, String currency, long amountMinor) {
    }

    /**
     * Appends the entry unless one with the same cause exists, and returns whichever is stored.
     * ON CONFLICT keeps two racing retries from both appending, or from failing one of them.
     */
    public Uni<LedgerEntry> appendOnce(LedgerEntry entry) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason, actor, created_at)
                        values (:id, :brand, :creator, :kind, :amount, :currency, :cause, :reason, :actor, :at)
                        on conflict (brand_id, cause) do nothing""")
                .setParameter("id", entry.id).setParameter("brand", entry.brandId).setParameter("creator", entry.creatorId)
                .setParameter("kind", entry.kind.name()).setParameter("amount", entry.amountMinor)
                .setParameter("currency", entry.currency).setParameter("cause", entry.cause)
                .setParameter("reason", entry.reason).setParameter("actor", entry.actor).setParameter("at", entry.createdAt)
                .executeUpdate())
                .flatMap(inserted -> find("brandId = ?1 and cause = ?2", entry.brandId, entry.cause).singleResult());
    }

    public Uni<List<Balance>> balances(UUID brandId, List<UUID> creatorIds) {
        if (creatorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                        "select creatorId, currency, sum(amountMinor) from LedgerEntry "
                                + "where brandId = :brand and creatorId in :creators group by creatorId, currency order by currency",
                        Object[].class)
                .setParameter("brand", brandId).setParameter("creators", creatorIds)
                .getResultList())
                .map(rows -> rows.stream().map(r -> new Balance((UUID) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
    }
}
