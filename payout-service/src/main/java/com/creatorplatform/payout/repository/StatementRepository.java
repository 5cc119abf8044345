package com.creatorplatform.payout.repository;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.payout.domain.LedgerEntry;
import com.creatorplatform.payout.domain.Statement;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class StatementRepository implements PanacheRepositoryBase<Statement, UUID> {

    public Uni<List<Statement>> ofRun(UUID runId) {
        return list("runId = ?1 order by creatorId, currency", runId);
    }

    /** The statements of several runs, each run's in the order of {@link #ofRun}. */
    public Uni<List<Statement>> ofRuns(List<UUID> runIds) {
        if (runIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("runId in ?1 order by creatorId, currency", runIds);
    }

    /**
     * One newest-first page of a creator's statements after the cursor, fetching one extra row to
     * know whether more follow.
     */
    public Uni<List<Statement>> pageOfCreator(
            UUID brandId, UUID creatorId, PageCursor after, int size) {
        var query =
                after == null
                        ? find(
                                "brandId = ?1 and creatorId = ?2 order by createdAt desc, id desc",
                                brandId,
                                creatorId)
                        : find(
                                "brandId = ?1 and creatorId = ?2 and (createdAt < ?3 or (createdAt = ?3 and id < ?4)) order by createdAt desc, id desc",
                                brandId,
                                creatorId,
                                after.createdAt(),
                                after.id());
        return query.range(0, size).list();
    }

    /**
     * The lines of the statements, by statement, in the order the entries were appended: found
     * through each statement's creator's entries (lines are keyed by creator and entry, see V41).
     */
    public Uni<Map<UUID, List<LedgerEntry>>> lines(List<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        select l.statement_id::text, l.ledger_entry_id::text from statement s
                        join ledger_entry e on e.brand_id = s.brand_id and e.creator_id = s.creator_id
                             and e.currency = s.currency
                        join statement_line l on l.creator_id = e.creator_id and l.ledger_entry_id = e.id
                             and l.statement_id = s.id
                        where s.id in (:statements)""",
                                                Object[].class)
                                        .setParameter("statements", statementIds)
                                        .getResultList()
                                        .flatMap(
                                                rows -> {
                                                    Map<UUID, UUID> statementOfEntry =
                                                            rows.stream()
                                                                    .collect(
                                                                            Collectors.toMap(
                                                                                    r ->
                                                                                            UUID
                                                                                                    .fromString(
                                                                                                            (String)
                                                                                                                    r[
                                                                                                                            1]),
                                                                                    r ->
                                                                                            UUID
                                                                                                    .fromString(
                                                                                                            (String)
                                                                                                                    r[
                                                                                                                            0])));
                                                    return session.createSelectionQuery(
                                                                    "from LedgerEntry where id in :ids order by createdAt, id",
                                                                    LedgerEntry.class)
                                                            .setParameter(
                                                                    "ids",
                                                                    statementOfEntry.keySet())
                                                            .getResultList()
                                                            .map(
                                                                    entries ->
                                                                            entries.stream()
                                                                                    .collect(
                                                                                            Collectors
                                                                                                    .groupingBy(
                                                                                                            e ->
                                                                                                                    statementOfEntry
                                                                                                                            .get(
                                                                                                                                    e.id))));
                                                }));
    }

    /** A failed run's lines go back to the next run. */
    public Uni<Void> releaseLines(UUID runId) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        update statement_line l set active = false
                        from statement s join ledger_entry e on e.brand_id = s.brand_id
                             and e.creator_id = s.creator_id and e.currency = s.currency
                        where s.run_id = :run and l.creator_id = e.creator_id and l.ledger_entry_id = e.id
                        and l.statement_id = s.id""")
                                        .setParameter("run", runId)
                                        .executeUpdate())
                .replaceWithVoid();
    }
}
