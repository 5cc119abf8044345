package com.creatorplatform.payout.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PayoutEventsTest {

    private static final Instant NOW = Instant.parse("2026-05-03T10:00:00Z");

    @Test
    void aCreditNamesItsEntryOrderCampaignAndCreatorAndIsOneEventPerEntry() {
        var entry = new LedgerEntry();
        entry.id = UUID.randomUUID();
        entry.brandId = UUID.randomUUID();
        entry.creatorId = UUID.randomUUID();
        entry.campaignId = UUID.randomUUID();
        entry.kind = LedgerEntryKind.ACCRUAL;
        entry.amountMinor = 1235;
        entry.currency = "EUR";
        entry.orderId = "o-1";
        entry.reason = "order completed";
        entry.createdAt = NOW;
        entry.payableAt = NOW.plusSeconds(86_400);

        var event = PayoutEvents.credited(entry);

        assertEquals("commission:" + entry.brandId + ":" + entry.id + ":credited", event.eventId());
        assertEquals(entry.brandId, event.brandId());
        assertEquals("commission.credited", event.type());
        assertEquals(NOW, event.occurredAt());
        assertEquals(
                new JsonObject()
                        .put("ledgerEntryId", entry.id.toString())
                        .put("brandId", entry.brandId.toString())
                        .put("creatorId", entry.creatorId.toString())
                        .put("campaignId", entry.campaignId.toString())
                        .put("orderId", "o-1")
                        .put("postId", null)
                        .put("kind", "ACCRUAL")
                        .put(
                                "amount",
                                new JsonObject().put("amountMinor", 1235).put("currency", "EUR"))
                        .put("reason", "order completed")
                        .put("payableAt", "2026-05-04T10:00:00Z"),
                new JsonObject(event.dataJson()));
    }

    @Test
    void aRunsEventsSumWhatItPaysPerCurrencyAndCountItsPaidCreators() {
        var run = PayoutRunTest.marchRun(1000);
        run.computed();
        run.approve("admin@brand");
        var ada = UUID.randomUUID();
        var statements =
                List.of(
                        Statement.of(run, ada, "EUR", 10_000, 0, NOW),
                        Statement.of(run, ada, "USD", 2_000, 0, NOW),
                        Statement.of(run, UUID.randomUUID(), "EUR", 5_000, 0, NOW),
                        Statement.of(run, UUID.randomUUID(), "EUR", 300, 0, NOW));

        var approved = PayoutEvents.approved(run, statements, NOW);
        run.markPaid("finance");
        var paid = PayoutEvents.paid(run, statements, NOW);

        assertEquals("payout_run:" + run.brandId + ":" + run.id + ":approved", approved.eventId());
        assertEquals("payout_run.approved", approved.type());
        assertEquals("payout_run:" + run.brandId + ":" + run.id + ":paid", paid.eventId());
        assertEquals("payout_run.paid", paid.type());
        var data = new JsonObject(approved.dataJson());
        assertEquals(run.id.toString(), data.getString("payoutRunId"));
        assertEquals(run.brandId.toString(), data.getString("brandId"));
        assertEquals("2026-03", data.getString("period"));
        assertEquals("APPROVED", data.getString("status"));
        assertEquals(
                new JsonArray()
                        .add(new JsonObject().put("amountMinor", 15_000).put("currency", "EUR"))
                        .add(new JsonObject().put("amountMinor", 2_000).put("currency", "USD")),
                data.getJsonArray("totals"));
        assertEquals(2, data.getInteger("creators"));
        assertEquals(1, data.getInteger("statementsCarriedForward"));
        assertEquals("PAID", new JsonObject(paid.dataJson()).getString("status"));
    }
}
