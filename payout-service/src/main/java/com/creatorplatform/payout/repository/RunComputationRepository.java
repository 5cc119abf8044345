package com.creatorplatform.payout.repository;

import static com.creatorplatform.contract.SqlArrays.column;

import com.creatorplatform.payout.domain.ComputationPlan;
import com.creatorplatform.payout.domain.PayoutRun;
import com.creatorplatform.payout.domain.PayoutRunStatus;
import com.creatorplatform.payout.domain.Statement;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The set-based statements of a payout run's computation, one chunk of creators at a time (ADR
 * 0048): the sums of a chunk's entries by one GROUP BY, its statements by one INSERT, its lines by
 * one INSERT … SELECT (ADR 0074: lines keyed by creator, chunks written two at a time). Plain SQL
 * on the reactive client: a chunk's statements run in one transaction of their own, and a million
 * lines must not pass through the ORM.
 */
@ApplicationScoped
public class RunComputationRepository {

    /**
     * Creators after {@code after} (exclusive; null: from the first) up to {@code upTo} (inclusive;
     * null: to the last), in PostgreSQL's uuid order.
     */
    public record CreatorRange(UUID after, UUID upTo) {

        String sql(int firstParameter) {
            var clause = new StringBuilder();
            int next = firstParameter;
            if (after != null) {
                clause.append(" and e.creator_id > $").append(next++);
            }
            if (upTo != null) {
                clause.append(" and e.creator_id <= $").append(next);
            }
            return clause.toString();
        }

        Tuple bind(Tuple tuple) {
            if (after != null) {
                tuple.addUUID(after);
            }
            if (upTo != null) {
                tuple.addUUID(upTo);
            }
            return tuple;
        }
    }

    /** A creator's sums in one currency over the entries a run pays them. */
    public record Sums(
            UUID creatorId, String currency, long entries, long totalMinor, long carriedMinor) {}

    /** Lines written: how many, and their sum. */
    public record Written(long lines, long amountMinor) {}

    /**
     * An entry on no active line: a probe of statement_line_claim (V41) per entry, its expression
     * written as the index has it. OFFSET 0 keeps it a probe: as a join, the planner hashes every
     * line of the table, a hash that grows with each chunk written.
     */
    private static final String UNCLAIMED =
            " not exists (select 1 from statement_line l where l.creator_id = e.creator_id"
                    + " and l.ledger_entry_id = e.id"
                    + " and (case when l.active then null else l.statement_id end) is null offset 0)";

    /**
     * What a run may pay: entries payable before its cutoff ($2), unclaimed. Read from the covering
     * index ledger_entry_payable alone.
     */
    private static final String PAYABLE =
            """
            from ledger_entry e where e.brand_id = $1 and e.kind <> 'PAYOUT'
            and coalesce(e.payable_at, e.created_at) < $2 and """
                    + UNCLAIMED;

    /**
     * A run's statements are estimated costly enough for PostgreSQL to compile them to machine
     * code, which took longer than running them (bench/RESULTS.md).
     */
    private static final String NO_JIT = "set local jit = off";

    private final Pool pool;

    RunComputationRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Runs {@code work} in one transaction. READ COMMITTED: a chunk's last step reads the run as
     * the chunk before it has just committed it (ADR 0074); its sums and its lines are two reads of
     * an append-only ledger, and the chunk checks that they agree. Unless {@code flushedAtCommit},
     * the commit does not wait for the disk (ADR 0074): a crash of PostgreSQL may lose such a
     * chunk, with its progress, and the run resumes before it; the run's last chunk waits, and with
     * it every chunk before (the log is flushed in order).
     */
    public <T> Uni<T> inOneTransaction(
            boolean flushedAtCommit, Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(
                connection ->
                        connection
                                .query(
                                        "set local work_mem = '64MB'; "
                                                + NO_JIT
                                                + (flushedAtCommit
                                                        ? ""
                                                        : "; set local synchronous_commit = off"))
                                .execute()
                                .chain(() -> work.apply(connection)));
    }

    /** Ids of the runs still COMPUTING, oldest first. */
    public Uni<List<UUID>> computing() {
        return pool.query(
                        "select id from payout_run where status = 'COMPUTING' order by created_at, id")
                .execute()
                .map(rows -> stream(rows).map(r -> r.getUUID(0)).toList());
    }

    public Uni<PayoutRun> find(UUID runId) {
        return find(pool, runId);
    }

    public Uni<PayoutRun> find(SqlClient client, UUID runId) {
        return oneRun(client, "select * from payout_run where id = $1", runId);
    }

    /**
     * The run, locked until the transaction ends (one chunk's progress at a time), or null. NO KEY
     * UPDATE: the next chunk, which already inserted its statements (whose foreign key share-locks
     * the run), waits for this one to commit; FOR UPDATE would wait for it in turn.
     */
    public Uni<PayoutRun> lock(SqlConnection connection, UUID runId) {
        return oneRun(
                connection, "select * from payout_run where id = $1 for no key update", runId);
    }

    private static Uni<PayoutRun> oneRun(SqlClient client, String sql, UUID runId) {
        return client.preparedQuery(sql)
                .execute(Tuple.of(runId))
                .map(
                        rows ->
                                stream(rows)
                                        .findFirst()
                                        .map(RunComputationRepository::run)
                                        .orElse(null));
    }

    /** The creators the run still has to pay, after the last chunk it wrote, in creator order. */
    public Uni<List<ComputationPlan.Creator>> creatorsToPay(PayoutRun run) {
        var range = new CreatorRange(run.computedThrough, null);
        return pool.withTransaction(
                        connection ->
                                connection
                                        .query(NO_JIT)
                                        .execute()
                                        .chain(
                                                () ->
                                                        connection
                                                                .preparedQuery(
                                                                        "select e.creator_id, count(*) "
                                                                                + PAYABLE
                                                                                + range.sql(3)
                                                                                + " group by e.creator_id order by e.creator_id")
                                                                .execute(
                                                                        range.bind(
                                                                                Tuple.of(
                                                                                        run.brandId,
                                                                                        at(
                                                                                                run
                                                                                                        .cutoff()))))))
                .map(
                        rows ->
                                stream(rows)
                                        .map(
                                                r ->
                                                        new ComputationPlan.Creator(
                                                                r.getUUID(0), r.getLong(1)))
                                        .toList());
    }

    /**
     * Per creator and currency of the range: how many entries the run pays, their sum, and the sum
     * of those payable before the run's month.
     */
    public Uni<List<Sums>> sums(SqlConnection connection, PayoutRun run, CreatorRange range) {
        return connection
                .preparedQuery(
                        """
                        select e.creator_id, e.currency, count(*), sum(e.amount_minor)::bigint,
                               coalesce(sum(e.amount_minor) filter (where coalesce(e.payable_at, e.created_at) < $3), 0)::bigint
                        """
                                + PAYABLE
                                + range.sql(4)
                                + " group by e.creator_id, e.currency")
                .execute(range.bind(Tuple.of(run.brandId, at(run.cutoff()), at(run.periodStart()))))
                .map(
                        rows ->
                                stream(rows)
                                        .map(
                                                r ->
                                                        new Sums(
                                                                r.getUUID(0),
                                                                r.getString(1),
                                                                r.getLong(2),
                                                                r.getLong(3),
                                                                r.getLong(4)))
                                        .toList());
    }

    /** The statements, in one INSERT; a second statement for a creator and currency is refused. */
    public Uni<Void> insert(SqlConnection connection, PayoutRun run, List<Statement> statements) {
        if (statements.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection
                .preparedQuery(
                        """
                        insert into statement (id, run_id, brand_id, creator_id, currency, total_minor, carried_minor,
                                               carried_forward, created_at)
                        select s.id, $1, $2, s.creator_id, s.currency, s.total, s.carried, s.carried_forward, $3
                        from unnest($4::uuid[], $5::uuid[], $6::text[], $7::bigint[], $8::bigint[], $9::boolean[])
                             as s(id, creator_id, currency, total, carried, carried_forward)""")
                .execute(
                        Tuple.of(run.id, run.brandId, at(statements.get(0).createdAt))
                                .addArrayOfUUID(column(statements, s -> s.id, UUID[]::new))
                                .addArrayOfUUID(column(statements, s -> s.creatorId, UUID[]::new))
                                .addArrayOfString(
                                        column(statements, s -> s.currency, String[]::new))
                                .addArrayOfLong(column(statements, s -> s.totalMinor, Long[]::new))
                                .addArrayOfLong(
                                        column(statements, s -> s.carriedMinor, Long[]::new))
                                .addArrayOfBoolean(
                                        column(statements, s -> s.carriedForward, Boolean[]::new)))
                .replaceWithVoid();
    }

    /**
     * Makes every entry the range's paid statements pay one of their lines, in the order of their
     * index (V41): a chunk's lines fill one stretch of it. The unique active line per entry refuses
     * a second claim.
     */
    public Uni<Written> claimLines(SqlConnection connection, PayoutRun run, CreatorRange range) {
        return connection
                .preparedQuery(
                        """
                        with paid as (
                          insert into statement_line (creator_id, ledger_entry_id, statement_id, amount_minor)
                          select e.creator_id, e.id, s.id, e.amount_minor
                          from ledger_entry e join statement s on s.run_id = $3 and s.creator_id = e.creator_id
                               and s.currency = e.currency and not s.carried_forward
                          where e.brand_id = $1 and e.kind <> 'PAYOUT' and coalesce(e.payable_at, e.created_at) < $2
                          and """
                                + UNCLAIMED
                                + range.sql(4)
                                + """

                          order by e.creator_id, e.id
                          returning amount_minor)
                        select count(*), coalesce(sum(amount_minor), 0)::bigint from paid""")
                .execute(range.bind(Tuple.of(run.brandId, at(run.cutoff()), run.id)))
                .map(
                        rows -> {
                            Row row = rows.iterator().next();
                            return new Written(row.getLong(0), row.getLong(1));
                        });
    }

    /** Stores the run's status and progress (announced to its watchers on commit, see V7). */
    public Uni<Void> saveProgress(SqlConnection connection, PayoutRun run) {
        return connection
                .preparedQuery(
                        """
                        update payout_run set status = $2, creators_done = $3, creators_total = $4, computed_through = $5
                        where id = $1""")
                .execute(
                        Tuple.of(run.id, run.status.name(), run.creatorsDone, run.creatorsTotal)
                                .addUUID(run.computedThrough))
                .replaceWithVoid();
    }

    /**
     * The run's total once the creators still to pay are counted, unless a chunk was written
     * meanwhile (by another instance, which counted them itself).
     */
    public Uni<Void> savePlan(PayoutRun run) {
        return pool.preparedQuery(
                        """
                        update payout_run set creators_total = $2
                        where id = $1 and status = 'COMPUTING' and computed_through is not distinct from $3""")
                .execute(Tuple.of(run.id, run.creatorsTotal).addUUID(run.computedThrough))
                .replaceWithVoid();
    }

    private static PayoutRun run(Row row) {
        var run = new PayoutRun();
        run.id = row.getUUID("id");
        run.brandId = row.getUUID("brand_id");
        run.period = row.getLocalDate("period");
        run.status = PayoutRunStatus.valueOf(row.getString("status"));
        run.minimumPayoutMinor = row.getLong("minimum_payout_minor");
        run.minimumCurrency = row.getString("minimum_currency");
        run.actor = row.getString("actor");
        run.failureReason = row.getString("failure_reason");
        run.createdAt = row.getOffsetDateTime("created_at").toInstant();
        run.creatorsDone = row.getInteger("creators_done");
        run.creatorsTotal = row.getInteger("creators_total");
        run.computedThrough = row.getUUID("computed_through");
        return run;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Stream<Row> stream(Iterable<Row> rows) {
        return StreamSupport.stream(rows.spliterator(), false);
    }
}
