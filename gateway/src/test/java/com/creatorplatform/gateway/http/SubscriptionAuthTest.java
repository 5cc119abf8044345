package com.creatorplatform.gateway.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.creatorplatform.contract.testing.TestTokens;
import com.creatorplatform.gateway.support.GraphQLSocket;
import com.creatorplatform.gateway.support.ShortLivedTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * WebSockets at /graphql through a real client (the JDK's): a browser's socket, which cannot carry
 * an Authorization header, brings its token in connection_init; the app's may use the header. The
 * operation sent is the creator's own {@code me}, answered from the token alone; PayoutGraphQLTest
 * receives live earnings over a socket authenticated the browser's way.
 */
@QuarkusTest
class SubscriptionAuthTest {

    private static final String ME = "{ me { creatorId } }";
    private static final Duration CLOSING = Duration.ofSeconds(ShortLivedTokens.SECONDS + 30);

    private static String creator() {
        return UUID.randomUUID().toString();
    }

    private static String token(String creatorId) {
        return TestTokens.newUserToken("creator", Map.of("creator_id", creatorId));
    }

    /** Expects the answer to ME: a next message naming the creator, then complete. */
    private static void answersMe(GraphQLSocket socket, String creatorId) {
        JsonObject next = socket.next();
        assertEquals("next", next.getString("type"), next.encode());
        assertEquals(
                creatorId,
                next.getJsonObject("payload")
                        .getJsonObject("data")
                        .getJsonObject("me")
                        .getString("creatorId"));
        assertEquals("complete", socket.next().getString("type"));
    }

    private static GraphQLSocket.Closed closed(GraphQLSocket socket) {
        await("the gateway closes the socket").atMost(CLOSING).until(socket::isClosed);
        return socket.closed();
    }

    @Test
    void aTokenInConnectionInitAuthenticatesTheSocketUnderEitherSpelling() {
        for (String member : new String[] {"Authorization", "authorization"}) {
            String creatorId = creator();
            try (var socket = GraphQLSocket.open(null)) {
                socket.init(Map.of(member, "Bearer " + token(creatorId)));
                assertEquals("connection_ack", socket.next().getString("type"), member);
                socket.subscribe("1", ME);
                answersMe(socket, creatorId);
            }
        }
    }

    @Test
    void aBareTokenInConnectionInitIsTakenAsABearerToken() {
        String creatorId = creator();
        try (var socket = GraphQLSocket.open(null)) {
            socket.init(Map.of("authorization", token(creatorId)));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.subscribe("1", ME);
            answersMe(socket, creatorId);
        }
    }

    @Test
    void theAuthorizationHeaderOfTheUpgradeStillAuthenticatesTheSocket() {
        String creatorId = creator();
        String token = token(creatorId);
        try (var socket = GraphQLSocket.open(token)) {
            socket.init(Map.of());
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.subscribe("1", ME);
            answersMe(socket, creatorId);
        }
        // Some clients send the token twice: the same token is fine.
        try (var socket = GraphQLSocket.open(token)) {
            socket.init(Map.of("Authorization", "Bearer " + token));
            assertEquals("connection_ack", socket.next().getString("type"));
        }
    }

    @Test
    void anotherTokenInConnectionInitThanInTheHeaderIsRefused() {
        try (var socket = GraphQLSocket.open(token(creator()))) {
            socket.init(Map.of("Authorization", "Bearer " + token(creator())));
            var closed = closed(socket);
            assertEquals(4400, closed.code(), closed.reason());
        }
    }

    @Test
    void aBadHeaderOnTheUpgradeIsA401AsOnAnyRequest() {
        var refused =
                assertThrows(CompletionException.class, () -> GraphQLSocket.open("not-a-token"));
        var handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
        assertEquals(401, handshake.getResponse().statusCode());
    }

    @Test
    void connectionInitWithoutATokenIsForbidden() {
        try (var socket = GraphQLSocket.open(null)) {
            socket.init(Map.of());
            var closed = closed(socket);
            assertEquals(4403, closed.code(), closed.reason());
            assertTrue(closed.reason().contains("Authorization"), closed.reason());
        }
    }

    @Test
    void connectionInitWithAnInvalidTokenIsForbidden() {
        String forged = token(creator());
        forged = forged.substring(0, forged.length() - 4) + "AAAA"; // the signature no longer fits
        for (String token : new String[] {"not-a-token", forged}) {
            try (var socket = GraphQLSocket.open(null)) {
                socket.init(Map.of("Authorization", "Bearer " + token));
                var closed = closed(socket);
                assertEquals(4403, closed.code(), token + ": " + closed.reason());
            }
        }
    }

    @Test
    void aSubscribeBeforeConnectionInitIsUnauthorized() {
        try (var socket = GraphQLSocket.open(null)) {
            socket.subscribe("1", "subscription { myEarnings { entry { kind } } }");
            var closed = closed(socket);
            assertEquals(4401, closed.code(), closed.reason());
        }
    }

    @Test
    void theSocketClosesWhenItsTokenExpires() {
        String creatorId = creator();
        try (var socket = GraphQLSocket.open(null)) {
            socket.init(Map.of("Authorization", "Bearer " + ShortLivedTokens.creator(creatorId)));
            assertEquals("connection_ack", socket.next().getString("type"));
            socket.subscribe("1", ME);
            answersMe(socket, creatorId);

            var closed = closed(socket);
            assertEquals(4401, closed.code(), closed.reason());
            assertTrue(closed.reason().contains("expired"), closed.reason());
        }
    }
}
