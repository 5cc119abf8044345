package com.creatorplatform.gateway.export;

import com.creatorplatform.gateway.client.PayoutClient;
import com.creatorplatform.gateway.schema.PayoutTypes.PayoutRun;
import com.creatorplatform.gateway.schema.PayoutTypes.Statement;
import com.creatorplatform.proto.payout.v1.ListPayoutRunsRequest;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * Each statement of the brand's payout runs for the months from..to, as `payoutRuns` lists them, a
 * page of runs at a time (a brand has one run a month, so the pages are few).
 */
final class StatementTable implements ExportTable {

    private final PayoutClient payouts;
    private final NameBook names;
    private final String brandId;
    private final YearMonth from;
    private final YearMonth to;
    private final Set<String> creatorIds;

    StatementTable(
            PayoutClient payouts,
            NameBook names,
            String brandId,
            YearMonth from,
            YearMonth to,
            Set<String> creatorIds) {
        this.payouts = payouts;
        this.names = names;
        this.brandId = brandId;
        this.from = from;
        this.to = to;
        this.creatorIds = creatorIds;
    }

    @Override
    public List<String> header() {
        return List.of(
                "run_id",
                "period",
                "run_status",
                "statement_id",
                "creator_id",
                "creator_name",
                "total",
                "carried",
                "currency",
                "carried_forward",
                "created_at");
    }

    @Override
    public void write(RowSink sink) {
        ExportTable.eachPage(
                page ->
                        payouts.payoutRuns(
                                ListPayoutRunsRequest.newBuilder()
                                        .setBrandId(brandId)
                                        .setPage(page)
                                        .build()),
                page -> page.getPageInfo().getNextCursor(),
                page -> {
                    List<PayoutRun> inRange =
                            page.getRunsList().stream()
                                    .map(PayoutRun::from)
                                    .filter(run -> !YearMonth.parse(run.period()).isBefore(from))
                                    .filter(run -> !YearMonth.parse(run.period()).isAfter(to))
                                    .toList();
                    names.learn(
                            List.of(),
                            inRange.stream()
                                    .flatMap(run -> run.statements().stream())
                                    .map(Statement::creatorId)
                                    .toList());
                    for (PayoutRun run : inRange) {
                        run.statements().stream()
                                .filter(
                                        s ->
                                                creatorIds.isEmpty()
                                                        || creatorIds.contains(s.creatorId()))
                                .forEach(s -> sink.row(cells(run, s)));
                    }
                });
    }

    private List<Object> cells(PayoutRun run, Statement statement) {
        return ExportCells.of(
                run.id(),
                run.period(),
                run.status(),
                statement.id(),
                statement.creatorId(),
                names.creator(statement.creatorId()),
                ExportCells.amount(statement.total()),
                ExportCells.amount(statement.carried()),
                statement.total().currency(),
                statement.carriedForward(),
                statement.createdAt());
    }
}
