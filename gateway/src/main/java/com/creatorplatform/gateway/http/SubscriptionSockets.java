package com.creatorplatform.gateway.http;

import com.creatorplatform.gateway.execution.QueryExecution;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLTransportWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeAuthGraphQLWSSubprotocolHandler;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLOverWebSocketHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.GraphQLWebsocketHandler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * WebSockets at {@code /graphql} (graphql-transport-ws, and the older graphql-ws), for
 * subscriptions such as {@code myEarnings}. A socket is authenticated by the upgrade's
 * Authorization header (native apps) or, since a browser cannot set that header on an upgrade, by
 * the token in {@code connection_init}'s payload ({@link ConnectionInit}); either way the token is
 * verified by Quarkus's OIDC mechanism, as every HTTP request's is. The socket closes when the
 * token expires.
 *
 * <p>This is Quarkus's own socket handler (SmallRye's subprotocols with Quarkus's payload
 * authentication, {@code quarkus.smallrye-graphql.authorization-client-init-payload-name}) with
 * what that leaves out: both spellings of the payload's member, a bare token, refusing a socket
 * whose {@code connection_init} carries no token, and the graphql-transport-ws close codes (4401 on
 * expiry, not 1008). Its route runs after authentication (a bad header is a 401 as for any request)
 * and before authorization, which lets an upgrade without a header through; Quarkus's own socket
 * route, after it, no longer sees an upgrade. The classes it extends are public classes of
 * quarkus-smallrye-graphql's runtime: a Quarkus upgrade that changes them fails this class's
 * compilation or {@code SubscriptionAuthTest}.
 */
@ApplicationScoped
class SubscriptionSockets {

    private static final Logger LOG = Logger.getLogger(SubscriptionSockets.class);

    /**
     * After Quarkus's authentication (-200), before its authorization (-100) and SmallRye's socket
     * route (-99).
     */
    static final int ORDER = -150;

    void routes(
            @Observes Router router,
            CurrentIdentityAssociation identities,
            CurrentVertxRequest requests,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled")
                    Optional<Boolean> nonBlocking) {
        // As Quarkus decides for its own socket route.
        boolean runBlocking = nonBlocking.map(enabled -> !enabled).orElse(false);
        router.route("/graphql")
                .order(ORDER)
                .handler(new Sockets(identities, requests, runBlocking));
    }

    /** Quarkus's GraphQL socket handler, with {@link ConnectionInit} in each subprotocol. */
    static final class Sockets extends SmallRyeGraphQLOverWebSocketHandler {

        Sockets(
                CurrentIdentityAssociation identities,
                CurrentVertxRequest requests,
                boolean runBlocking) {
            super(identities, requests, runBlocking, ConnectionInit.PAYLOAD_MEMBER);
        }

        @Override
        protected void doHandle(RoutingContext context) {
            var request = context.request();
            if (!request.headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)
                    || request.isEnded()) {
                context.next();
                return;
            }
            Map<String, Object> metaData = getMetaData(context);
            metaData.put(QueryExecution.OVER_WEBSOCKET, Boolean.TRUE);
            request.toWebSocket(
                    upgraded -> {
                        if (upgraded.failed()) {
                            LOG.debugf(upgraded.cause(), "WebSocket upgrade failed");
                            return;
                        }
                        ServerWebSocket socket = upgraded.result();
                        var session = new Session(socket);
                        GraphQLWebsocketHandler handler =
                                switch (String.valueOf(socket.subProtocol())) {
                                    case "graphql-transport-ws" ->
                                            new TransportWs(session, metaData, context, this);
                                    case "graphql-ws" ->
                                            new LegacyWs(session, metaData, context, this);
                                    default -> null;
                                };
                        if (handler == null) {
                            socket.close(
                                    (short) 4406,
                                    "Subprotocol not acceptable: graphql-transport-ws or graphql-ws");
                            return;
                        }
                        socket.closeHandler(closed -> handler.onClose());
                        socket.endHandler(ended -> handler.onEnd());
                        socket.exceptionHandler(handler::onThrowable);
                        socket.textMessageHandler(handler::onMessage);
                    });
        }
    }

    /**
     * graphql-transport-ws, the protocol of the graphql-ws library (and Apollo's clients). It and
     * {@link LegacyWs} are alike but extend Quarkus's two classes: what they add is in {@link
     * ConnectionInit}.
     */
    private static final class TransportWs
            extends SmallRyeAuthGraphQLTransportWSSubprotocolHandler {

        private final ConnectionInit init;

        TransportWs(
                Session session,
                Map<String, Object> metaData,
                RoutingContext context,
                Sockets sockets) {
            super(session, metaData, context, sockets, ConnectionInit.PAYLOAD_MEMBER);
            init = new ConnectionInit(session, context.request().headers());
        }

        @Override
        protected void onMessage(JsonObject message) {
            init.handOn(message, super::onMessage);
        }

        @Override
        protected void closeDueToConnectionNotInitialized() {
            init.refuseBeforeInit();
        }
    }

    /** graphql-ws, the older subscriptions-transport-ws protocol (Apollo iOS's default). */
    private static final class LegacyWs extends SmallRyeAuthGraphQLWSSubprotocolHandler {

        private final ConnectionInit init;

        LegacyWs(
                Session session,
                Map<String, Object> metaData,
                RoutingContext context,
                Sockets sockets) {
            super(session, metaData, context, sockets, ConnectionInit.PAYLOAD_MEMBER);
            init = new ConnectionInit(session, context.request().headers());
        }

        @Override
        protected void onMessage(JsonObject message) {
            init.handOn(message, super::onMessage);
        }

        @Override
        protected void closeDueToConnectionNotInitialized() {
            init.refuseBeforeInit();
        }
    }

    /**
     * A socket as SmallRye's handlers see it. Quarkus closes a socket whose token expired with 1008
     * (policy violation); graphql-transport-ws clients know 4401, so it is closed with that.
     */
    record Session(ServerWebSocket socket) implements GraphQLWebSocketSession {

        static final short EXPIRED_BY_QUARKUS = 1008;

        @Override
        public void sendMessage(String message) {
            socket.writeTextMessage(message);
        }

        @Override
        public void close(short code, String reason) {
            if (code == EXPIRED_BY_QUARKUS) {
                socket.close(ConnectionInit.UNAUTHORIZED, ConnectionInit.EXPIRED);
            } else {
                socket.close(code, reason);
            }
        }

        @Override
        public boolean isClosed() {
            return socket.isClosed();
        }

        @Override
        public String toString() {
            return "{peer=" + socket.remoteAddress() + "}";
        }
    }
}
