package com.creatorplatform.payout.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Approved statements as the payment provider takes them: one row per statement paid, the amount in
 * major units, and the statement id as the provider's idempotency reference.
 */
public final class StatementCsv {

    public static final String HEADER = "creator_id,amount,currency,statement_id";

    private StatementCsv() {}

    public static String render(List<Statement> statements) {
        var csv = new StringBuilder(HEADER).append('\n');
        statements.stream()
                .filter(s -> !s.carriedForward)
                .sorted(
                        Comparator.comparing((Statement s) -> s.creatorId.toString())
                                .thenComparing(s -> s.currency))
                .forEach(
                        s ->
                                csv.append(s.creatorId)
                                        .append(',')
                                        .append(majorUnits(s.totalMinor, s.currency))
                                        .append(',')
                                        .append(s.currency)
                                        .append(',')
                                        .append(s.id)
                                        .append('\n'));
        return csv.toString();
    }

    private static String majorUnits(long minor, String currency) {
        return BigDecimal.valueOf(minor, Currency.getInstance(currency).getDefaultFractionDigits())
                .toPlainString();
    }
}
