package com.creatorplatform.payout.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.proto.common.v1.Money;
import com.creatorplatform.proto.payout.v1.PayoutRun;
import com.creatorplatform.proto.payout.v1.PayoutRunStatus;
import com.creatorplatform.proto.payout.v1.PayoutServiceGrpc.PayoutServiceBlockingStub;
import com.creatorplatform.proto.payout.v1.StartPayoutRunRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Two months' runs over a ledger of many creators (accruals, refunds taken back, payouts, two
 * currencies, entries with and without a hold, some payable only after the month), written in many
 * chunks, against the same figures computed from the raw ledger by an independent SQL oracle.
 */
@QuarkusTest
class PayoutRunOracleGrpcTest {

    private static final long MINIMUM_EUR = 5_000;
    private static final int CREATORS = 40;

    @GrpcClient("payout")
    PayoutServiceBlockingStub client;

    @Inject PgPool db;

    private final UUID brand = UUID.randomUUID();

    /**
     * Per run month: each creator and currency's total and carried part, and whether it is carried
     * forward, from the rules alone: February pays what was payable before March; March pays what
     * was payable before April, less what February paid (a February statement under the minimum or
     * not positive paid nothing).
     */
    private static final String ORACLE =
            """
            with e as (
              select creator_id, currency, amount_minor, coalesce(payable_at, created_at) as payable_from
              from ledger_entry where brand_id = $1 and kind <> 'PAYOUT'),
            feb as (
              select creator_id, currency, sum(amount_minor) as total, count(*) as lines,
                     coalesce(sum(amount_minor) filter (where payable_from < '2026-02-01'), 0) as carried
              from e where payable_from < '2026-03-01' group by 1, 2),
            feb_statements as (
              select *, (total <= 0 or (currency = 'EUR' and total < $2)) as carried_forward from feb),
            mar as (
              select e.creator_id, e.currency, sum(e.amount_minor) as total, count(*) as lines,
                     coalesce(sum(e.amount_minor) filter (where e.payable_from < '2026-03-01'), 0) as carried
              from e where e.payable_from < '2026-04-01' and not exists (
                select 1 from feb_statements f where not f.carried_forward and f.creator_id = e.creator_id
                and f.currency = e.currency and e.payable_from < '2026-03-01')
              group by 1, 2),
            mar_statements as (
              select *, (total <= 0 or (currency = 'EUR' and total < $2)) as carried_forward from mar)
            select '2026-02', creator_id::text, currency, total, carried, carried_forward,
                   case when carried_forward then 0 else lines end from feb_statements
            union all
            select '2026-03', creator_id::text, currency, total, carried, carried_forward,
                   case when carried_forward then 0 else lines end from mar_statements
            order by 1, 2, 3""";

    /** The same, from the statements the runs wrote and the lines they claimed. */
    private static final String WRITTEN =
            """
            select to_char(r.period, 'YYYY-MM'), s.creator_id::text, s.currency, s.total_minor, s.carried_minor,
                   s.carried_forward,
                   (select count(*) from statement_line l join ledger_entry e on e.id = l.ledger_entry_id
                    where l.statement_id = s.id and l.active and e.creator_id = s.creator_id
                    and e.currency = s.currency)
            from statement s join payout_run r on r.id = s.run_id where s.brand_id = $1
            order by 1, 2, 3""";

    @Test
    void runsOverALargeLedgerPayWhatTheRulesComputedFromTheRawLedgerSayEachEntryOnce() {
        fillLedger();

        var february = computed("2026-02");
        var march = computed("2026-03");

        var expected = rows(ORACLE, Tuple.of(brand, MINIMUM_EUR));
        assertTrue(expected.size() > CREATORS, "both months, both currencies: " + expected);
        assertTrue(expected.stream().anyMatch(r -> r.endsWith("true 0")), "some carried forward");
        assertEquals(expected, rows(WRITTEN, Tuple.of(brand)));
        assertEquals(
                List.of(),
                rows(
                        """
                        select l.ledger_entry_id::text from statement_line l join statement s on s.id = l.statement_id
                        where s.brand_id = $1 and l.active group by 1 having count(*) > 1""",
                        Tuple.of(brand)),
                "no entry is paid twice");
        assertEquals(
                List.of(),
                rows(
                        """
                        select s.id::text from statement s left join statement_line l on l.statement_id = s.id
                        where s.brand_id = $1 and not s.carried_forward
                        group by s.id having s.total_minor <> coalesce(sum(l.amount_minor), 0)""",
                        Tuple.of(brand)),
                "every paid statement is exactly the sum of its lines");
        for (PayoutRun run : List.of(february, march)) {
            assertEquals(PayoutRunStatus.PAYOUT_RUN_STATUS_DRAFT, run.getStatus());
            assertEquals(
                    run.getStatementsList().stream().map(s -> s.getCreatorId()).distinct().count(),
                    run.getProgress().getCreatorsDone());
            assertEquals(run.getProgress().getCreatorsDone(), run.getProgress().getCreatorsTotal());
        }
    }

    /**
     * About 1,200 entries of 40 creators, payable from mid-January to mid-April: every tenth a
     * refund taken back, every 37th a payout; a third of the creators also earn in USD; every fifth
     * entry has no hold (payable from its creation).
     */
    private void fillLedger() {
        db.preparedQuery(
                        """
                        insert into ledger_entry (id, brand_id, creator_id, kind, amount_minor, currency, cause, reason,
                                                  actor, created_at, payable_at)
                        select gen_random_uuid(), $1, md5($1::text || (i % $2))::uuid,
                               case when i % 37 = 0 then 'PAYOUT' when i % 10 = 0 then 'REVERSAL' else 'ACCRUAL' end,
                               case when i % 10 = 0 or i % 37 = 0 then -1 else 1 end * (1 + (i * 7919) % 9000),
                               case when (i % $2) % 3 = 0 and i % 2 = 0 then 'USD' else 'EUR' end,
                               'oracle:' || i, 'oracle', 'PayoutRunOracleGrpcTest',
                               timestamptz '2026-01-10 00:00:00+00' + ((i * 13) % 95) * interval '1 day',
                               case when i % 5 = 0 then null
                                    else timestamptz '2026-01-15 00:00:00+00' + ((i * 13) % 95) * interval '1 day' end
                        from generate_series(1, 1200) as i""")
                .execute(Tuple.of(brand, CREATORS))
                .await()
                .indefinitely();
    }

    private PayoutRun computed(String period) {
        var started =
                client.startPayoutRun(
                        StartPayoutRunRequest.newBuilder()
                                .setBrandId(brand.toString())
                                .setPeriod(period)
                                .setMinimumPayout(
                                        Money.newBuilder()
                                                .setAmountMinor(MINIMUM_EUR)
                                                .setCurrency("EUR"))
                                .build());
        return RunWatching.computed(client, brand.toString(), started);
    }

    private List<String> rows(String sql, Tuple arguments) {
        return StreamSupport.stream(
                        db.preparedQuery(sql)
                                .execute(arguments)
                                .await()
                                .indefinitely()
                                .spliterator(),
                        false)
                .map(
                        row ->
                                IntStream.range(0, row.size())
                                        .mapToObj(i -> String.valueOf(row.getValue(i)))
                                        .collect(Collectors.joining(" ")))
                .toList();
    }
}
