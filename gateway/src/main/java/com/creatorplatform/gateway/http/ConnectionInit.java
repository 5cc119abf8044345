package com.creatorplatform.gateway.http;

import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A socket's {@code connection_init}, checked before Quarkus verifies its token: the access token
 * is read from the payload's {@code Authorization} or {@code authorization} member, as {@code
 * "Bearer <token>"} or the bare token, and handed on under the one name Quarkus reads. A socket
 * opened without an Authorization header must bring its token here: without one it is closed with
 * 4403 (Forbidden, as graphql-transport-ws rejects a connection); a wrong or expired token is
 * closed with 4403 by Quarkus. A socket opened with the header may send the same token again (some
 * clients send both), not a different one. Anything subscribed before a valid {@code
 * connection_init} is refused with 4401.
 */
final class ConnectionInit {

    /** The payload member Quarkus reads the token from, as if it were the header. */
    static final String AUTHORIZATION = "Authorization";

    static final Optional<String> PAYLOAD_MEMBER = Optional.of(AUTHORIZATION);

    static final short BAD_REQUEST = 4400;
    static final short UNAUTHORIZED = 4401;
    static final short FORBIDDEN = 4403;

    /** Why a socket closed when its token expired (close reasons are at most 123 bytes). */
    static final String EXPIRED = "Unauthorized: the access token expired; connect with a new one";

    private static final String BEARER = "Bearer ";

    private final GraphQLWebSocketSession session;
    private final String header;

    /**
     * @param upgrade the upgrade request's headers, whose Authorization (if any) has been verified
     */
    ConnectionInit(GraphQLWebSocketSession session, MultiMap upgrade) {
        this.session = session;
        this.header = upgrade.get(HttpHeaders.AUTHORIZATION);
    }

    /**
     * Hands the message on (checked) to the subprotocol's handling, unless the socket was closed.
     */
    void handOn(JsonObject message, Consumer<JsonObject> handling) {
        JsonObject checked = checked(message);
        if (checked != null) {
            handling.accept(checked);
        }
    }

    /**
     * The message to hand on: as it is unless it is a {@code connection_init}, whose token is put
     * where Quarkus reads it; null when the socket was closed instead.
     */
    private JsonObject checked(JsonObject message) {
        if (message == null || !"connection_init".equals(message.getString("type", null))) {
            return message;
        }
        JsonValue payload = message.get("payload");
        if (payload != null
                && payload.getValueType() != JsonValue.ValueType.NULL
                && !(payload instanceof JsonObject)) {
            session.close(BAD_REQUEST, "Bad request: connection_init's payload is an object");
            return null;
        }
        JsonObject members =
                payload instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
        String token = authorization(members);
        if (header != null) {
            if (token == null) {
                return message;
            }
            if (bare(token).equals(bare(header))) {
                return withAuthorization(message, members, null); // verified with the upgrade
            }
            session.close(
                    BAD_REQUEST,
                    "Bad request: connection_init names another token than the Authorization header");
            return null;
        }
        if (token == null) {
            session.close(
                    FORBIDDEN,
                    "Forbidden: connection_init needs the access token: {\"Authorization\": \"Bearer ...\"}");
            return null;
        }
        return withAuthorization(message, members, token);
    }

    /** Refuses an operation sent before the socket's connection_init was accepted. */
    void refuseBeforeInit() {
        session.close(
                UNAUTHORIZED, "Unauthorized: send connection_init with the access token first");
    }

    /** The payload's token as an Authorization header value, or null when it has none. */
    private static String authorization(JsonObject payload) {
        for (String name : new String[] {AUTHORIZATION, "authorization"}) {
            if (payload.get(name) instanceof JsonString value && !value.getString().isBlank()) {
                String token = value.getString().strip();
                return token.regionMatches(true, 0, BEARER, 0, BEARER.length())
                                || token.contains(" ")
                        ? token
                        : BEARER + token;
            }
        }
        return null;
    }

    /** The token of an Authorization value, without its scheme. */
    private static String bare(String authorization) {
        return authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip()
                : authorization.strip();
    }

    /** The message with its payload's token under {@link #AUTHORIZATION} only (none if null). */
    private static JsonObject withAuthorization(
            JsonObject message, JsonObject payload, String token) {
        var members =
                Json.createObjectBuilder(payload).remove("authorization").remove(AUTHORIZATION);
        if (token != null) {
            members.add(AUTHORIZATION, token);
        }
        return Json.createObjectBuilder(message).add("payload", members).build();
    }
}
