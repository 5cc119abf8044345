package com.creatorplatform.gateway.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.gateway.support.ConversionLoad;
import com.creatorplatform.gateway.support.ConversionLoad.Check;
import com.creatorplatform.gateway.support.ConversionLoad.Sender;
import com.creatorplatform.gateway.support.ConversionLoad.Shop;
import com.creatorplatform.gateway.support.PlatformServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Exactly once under faults, across the real services: every order and refund reported three times,
 * shuffled, half as webhooks and half over gRPC, while tracking-service and then payout-service are
 * killed (SIGKILL) and restarted; payout's ledger must equal the commission computed in SQL from
 * tracking's order rows.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformServices.class, restrictToAnnotatedClass = true)
class ConversionsExactlyOnceTest {

    private static final int ORDERS = 60;

    @Test
    void ordersReplayedAndReorderedAcrossCrashesAreCommissionedExactlyOnce() throws Exception {
        var shop = Shop.open(3);
        var reports = ConversionLoad.reports(ORDERS, 3, 20);
        try (var sender = new Sender(shop, 4)) {
            sender.start(reports);
            awaitAnswered(sender, reports.size() / 3);
            PlatformServices.kill(PlatformServices.TRACKING);
            PlatformServices.restart(PlatformServices.TRACKING);
            awaitAnswered(sender, reports.size() * 2 / 3);
            PlatformServices.kill(PlatformServices.PAYOUT);
            PlatformServices.restart(PlatformServices.PAYOUT);
            sender.awaitAnswered(Duration.ofMinutes(2));
            assertEquals(List.of(), sender.refusals(), "every report is valid");
            assertTrue(sender.retries() > 0, "reports failed while tracking-service was down");
        }

        Awaitility.await("the relay brought every distinct event to the ledger")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> Check.ledgerEntries(shop.brandId()),
                        entries -> entries >= ConversionLoad.distinct(ORDERS));
        var check = Check.of(shop.brandId(), ORDERS);
        assertEquals(ORDERS, check.ordersStored());
        assertEquals(ORDERS / 10, check.refundsStored());
        assertEquals(ORDERS, check.oracle().size(), "every order was attributed to its code");
        assertEquals(check.oracle(), check.ledger());
        assertEquals(0, check.duplicates());
        assertEquals(0, check.missing());
        assertEquals(ConversionLoad.distinct(ORDERS), Check.ledgerEntries(shop.brandId()));
    }

    private static void awaitAnswered(Sender sender, int answered) {
        Awaitility.await()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sender.answered() >= answered);
    }
}
