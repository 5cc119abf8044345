package com.creatorplatform.campaign.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.ApiError;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EndpointUrlTest {

    /** Names as a DNS would answer them, including one that rebinds to the metadata service. */
    private static final Map<String, List<String>> DNS =
            Map.of(
                    "hooks.shop.example", List.of("93.184.216.34", "2606:2800:220:1::1"),
                    "sneaky.shop.example", List.of("93.184.216.34", "169.254.169.254"),
                    "intranet.shop.example", List.of("10.0.0.7"));

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (Character.isDigit(host.charAt(0)) || host.contains(":")) {
            return List.of(InetAddress.getByName(host)); // a literal: no lookup
        }
        List<String> found = DNS.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> addresses = new java.util.ArrayList<>();
        for (String address : found) {
            addresses.add(InetAddress.getByName(address));
        }
        return addresses;
    }

    private static String check(String url) {
        return EndpointUrl.check(url, Set.of(), EndpointUrlTest::resolve);
    }

    private static String refusal(String url) {
        return assertThrows(ApiError.class, () -> check(url)).getMessage();
    }

    @Test
    void anHttpsUrlOnPublicAddressesIsKept() {
        assertEquals(
                "https://hooks.shop.example/cp?x=1", check("https://hooks.shop.example/cp?x=1"));
        assertEquals("https://93.184.216.34:8443/in", check(" https://93.184.216.34:8443/in "));
    }

    @Test
    void aDeliveryConnectsToTheAddressCheckedNowAndARebindIsRefused() {
        assertEquals(
                "93.184.216.34",
                EndpointUrl.addressToConnect(
                                "https://hooks.shop.example/cp", Set.of(), EndpointUrlTest::resolve)
                        .getHostAddress());
        // Registered while public, the name now answers the metadata address too.
        assertTrue(
                assertThrows(
                                ApiError.class,
                                () ->
                                        EndpointUrl.addressToConnect(
                                                "https://sneaky.shop.example/cp",
                                                Set.of(),
                                                EndpointUrlTest::resolve))
                        .getMessage()
                        .contains("resolves to 169.254.169.254"));
        assertEquals(
                "127.0.0.1",
                EndpointUrl.addressToConnect(
                                "http://127.0.0.1:8099/hooks",
                                Set.of("127.0.0.1"),
                                EndpointUrlTest::resolve)
                        .getHostAddress());
    }

    @Test
    void plainHttpIsRefused() {
        assertEquals(
                "url must be https, got 'http://hooks.shop.example/cp'",
                refusal("http://hooks.shop.example/cp"));
    }

    @Test
    void everyNonPublicAddressIsRefusedEvenAmongPublicOnes() {
        for (String url :
                List.of(
                        "https://127.0.0.1/x",
                        "https://10.1.2.3/x",
                        "https://172.16.0.1/x",
                        "https://192.168.1.1/x",
                        "https://169.254.169.254/latest/meta-data",
                        "https://100.64.0.1/x",
                        "https://0.0.0.0/x",
                        "https://[::1]/x",
                        "https://[fd00::1]/x",
                        "https://[fe80::1]/x",
                        "https://[::ffff:10.0.0.1]/x",
                        "https://intranet.shop.example/x",
                        "https://sneaky.shop.example/x")) {
            assertTrue(refusal(url).contains("endpoints must be on the public internet"), url);
        }
        assertEquals(
                "url host sneaky.shop.example resolves to 169.254.169.254, a loopback, private,"
                        + " link-local or otherwise non-public address; endpoints must be on the public internet",
                refusal("https://sneaky.shop.example/x"));
    }

    @Test
    void malformedOrUnresolvableUrlsAreNamed() {
        assertEquals("url is required", refusal(" "));
        assertEquals(
                "url host nowhere.example does not resolve", refusal("https://nowhere.example/x"));
        assertEquals(
                "url 'https://user:pw@hooks.shop.example/' must be an absolute URL with a host and no user info",
                refusal("https://user:pw@hooks.shop.example/"));
        assertEquals("url 'not a url' is not a URL", refusal("not a url"));
        assertTrue(
                refusal("https://x.example/" + "a".repeat(2000)).startsWith("url must be at most"));
    }

    @Test
    void onlyAnOperatorListedTestHostMayBePrivateOrPlainHttp() {
        assertEquals(
                "http://127.0.0.1:18999/in",
                EndpointUrl.check(
                        "http://127.0.0.1:18999/in",
                        Set.of("127.0.0.1"),
                        EndpointUrlTest::resolve));
        assertThrows(
                ApiError.class,
                () ->
                        EndpointUrl.check(
                                "https://10.0.0.1/in",
                                Set.of("127.0.0.1"),
                                EndpointUrlTest::resolve));
        assertFalse(EndpointUrl.isPublic(InetAddress.getLoopbackAddress()));
    }

    @Test
    void eventsAreKnownNamesEachOnce() {
        assertEquals(
                List.of("order.attributed", "payout_run.paid"),
                WebhookEventType.parse(
                        List.of("order.attributed", " payout_run.paid", "order.attributed")));
        assertEquals(
                "events: 'order.exploded' is not an event; known: order.attributed, order.refunded,"
                        + " commission.credited, post.submitted, post.published, payout_run.approved, payout_run.paid",
                assertThrows(
                                ApiError.class,
                                () -> WebhookEventType.parse(List.of("order.exploded")))
                        .getMessage());
        assertThrows(ApiError.class, () -> WebhookEventType.parse(List.of()));
    }
}
