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

    public Uni<Boolean> exists(UUID runId, PayoutRunRepository.Payee payee) {
        return count(
                        "runId = ?1 and creatorId = ?2 and currency = ?3",
                        runId,
                        payee.creatorId(),
                        payee.currency())
                .map(n -> n > 0);
    }

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

    /** The lines of the statements, by statement, in the order the entries were appended. */
    public Uni<Map<UUID, List<LedgerEntry>>> lines(List<UUID> statementIds) {
        if (statementIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        select l.statement_id::text, l.ledger_entry_id::text from statement_line l
                        where l.statement_id in (:statements)""",
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

    /**
     * Makes the entries the statement's lines; the unique active line per entry refuses a second
     * claim.
     */
    public Uni<Void> claim(Statement statement, List<LedgerEntry> lines) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        insert into statement_line (statement_id, ledger_entry_id, amount_minor)
                        select :statement, e.id, e.amount_minor from ledger_entry e where e.id in (:entries)""")
                                        .setParameter("statement", statement.id)
                                        .setParameter(
                                                "entries", lines.stream().map(e -> e.id).toList())
                                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A failed run's lines go back to the next run. */
    public Uni<Void> releaseLines(UUID runId) {
        return Panache.getSession()
                .flatMap(
                        session ->
                                session.createNativeQuery(
                                                """
                        update statement_line set active = false
                        where statement_id in (select id from statement where run_id = :run)""")
                                        .setParameter("run", runId)
                                        .executeUpdate())
                .replaceWithVoid();
    }
}
