package com.creatorplatform.payout.domain;

import com.creatorplatform.contract.webhook.WebhookOutbox;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a brand's webhook endpoints hear about its creators' money (ADR 0056): {@code
 * commission.credited} for each credit appended to the ledger (an order's accrual, a tier top-up, a
 * bonus, a post's fee), {@code payout_run.approved} and {@code payout_run.paid} when a run moves
 * on. Each event id is derived from the fact, so the same fact written twice is one event; money is
 * shaped as in the order events ({@code {"amountMinor", "currency"}}).
 */
public final class PayoutEvents {

    private PayoutEvents() {}

    /** A credit just appended: a positive entry. */
    public static WebhookOutbox.Event credited(LedgerEntry entry) {
        return new WebhookOutbox.Event(
                "commission:" + entry.brandId + ":" + entry.id + ":credited",
                entry.brandId,
                "commission.credited",
                entry.createdAt,
                new JsonObject()
                        .put("ledgerEntryId", entry.id.toString())
                        .put("brandId", entry.brandId.toString())
                        .put("creatorId", entry.creatorId.toString())
                        .put("campaignId", text(entry.campaignId))
                        .put("orderId", entry.orderId)
                        .put("postId", text(entry.postId))
                        .put("kind", entry.kind.name())
                        .put("amount", money(entry.amountMinor, entry.currency))
                        .put("reason", entry.reason)
                        .put("payableAt", text(entry.payableAt))
                        .encode());
    }

    /** The run, just approved, with its statements. */
    public static WebhookOutbox.Event approved(
            PayoutRun run, List<Statement> statements, Instant now) {
        return ofRun(run, statements, "approved", now);
    }

    /** The run, just marked paid, with its statements. */
    public static WebhookOutbox.Event paid(PayoutRun run, List<Statement> statements, Instant now) {
        return ofRun(run, statements, "paid", now);
    }

    /**
     * What the run pays (statements carried forward pay nothing): its total in each currency and
     * how many creators.
     */
    private static WebhookOutbox.Event ofRun(
            PayoutRun run, List<Statement> statements, String step, Instant now) {
        List<Statement> paying = statements.stream().filter(s -> !s.carriedForward).toList();
        Map<String, Long> totals = new TreeMap<>();
        paying.forEach(s -> totals.merge(s.currency, s.totalMinor, Long::sum));
        JsonArray amounts = new JsonArray();
        totals.forEach((currency, minor) -> amounts.add(money(minor, currency)));
        return new WebhookOutbox.Event(
                "payout_run:" + run.brandId + ":" + run.id + ":" + step,
                run.brandId,
                "payout_run." + step,
                now,
                new JsonObject()
                        .put("payoutRunId", run.id.toString())
                        .put("brandId", run.brandId.toString())
                        .put("period", YearMonth.from(run.period).toString())
                        .put("status", run.status.name())
                        .put("totals", amounts)
                        .put("creators", paying.stream().map(s -> s.creatorId).distinct().count())
                        .put("statementsCarriedForward", statements.size() - paying.size())
                        .encode());
    }

    private static JsonObject money(long minor, String currency) {
        return new JsonObject().put("amountMinor", minor).put("currency", currency);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
