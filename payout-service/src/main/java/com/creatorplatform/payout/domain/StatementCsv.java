package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.CsvTables;
import java.util.Comparator;
import java.util.List;

/**
 * Approved statements as the payment provider takes them: one row per statement paid, the amount in
 * major units, and the statement id as the provider's idempotency reference (CsvTables' dialect).
 */
public final class StatementCsv {

    public static final List<String> HEADER =
            List.of("creator_id", "amount", "currency", "statement_id");

    private StatementCsv() {}

    public static String render(List<Statement> statements) {
        return CsvTables.render(
                HEADER,
                statements.stream()
                        .filter(s -> !s.carriedForward)
                        .sorted(
                                Comparator.comparing((Statement s) -> s.creatorId.toString())
                                        .thenComparing(s -> s.currency))
                        .map(
                                s ->
                                        List.of(
                                                s.creatorId,
                                                CsvTables.majorUnits(s.totalMinor, s.currency),
                                                s.currency,
                                                s.id))
                        .toList());
    }
}
