package com.creatorplatform.gateway.support;

import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client on the JDK's WebSocket, as a browser or the mobile app opens one to
 * {@code /graphql}: the messages it received, in order (the gateway's keep-alive pings are
 * answered, not kept), and how the gateway closed it.
 */
public final class GraphQLSocket implements AutoCloseable {

    /** How the server closed the socket. */
    public record Closed(int code, String reason) {}

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final WebSocket socket;
    private final BlockingQueue<JsonObject> messages;
    private final CompletableFuture<Closed> closed;

    private GraphQLSocket(
            WebSocket socket,
            BlockingQueue<JsonObject> messages,
            CompletableFuture<Closed> closed) {
        this.socket = socket;
        this.messages = messages;
        this.closed = closed;
    }

    /** Opens a socket, with an Authorization header on the upgrade when a token is given. */
    public static GraphQLSocket open(String headerToken) {
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        CompletableFuture<Closed> closed = new CompletableFuture<>();
        var builder = HTTP.newWebSocketBuilder().subprotocols("graphql-transport-ws");
        if (headerToken != null) {
            builder.header("Authorization", "Bearer " + headerToken);
        }
        var listener =
                new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(
                            WebSocket socket, CharSequence part, boolean last) {
                        text.append(part);
                        if (last) {
                            var message = new JsonObject(text.toString());
                            text.setLength(0);
                            if ("ping".equals(message.getString("type"))) {
                                send(socket, "{\"type\":\"pong\"}");
                            } else {
                                messages.add(message);
                            }
                        }
                        socket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                        closed.complete(new Closed(code, reason));
                        return null;
                    }

                    @Override
                    public void onError(WebSocket socket, Throwable error) {
                        closed.completeExceptionally(error);
                    }
                };
        var socket =
                builder.buildAsync(
                                URI.create("ws://localhost:" + RestAssured.port + "/graphql"),
                                listener)
                        .join();
        return new GraphQLSocket(socket, messages, closed);
    }

    /** Sends connection_init with this payload. */
    public GraphQLSocket init(Map<String, Object> payload) {
        return send(
                new JsonObject().put("type", "connection_init").put("payload", payload).encode());
    }

    /** Sends a subscribe message of this id for the document. */
    public GraphQLSocket subscribe(String id, String document) {
        return send(
                new JsonObject()
                        .put("id", id)
                        .put("type", "subscribe")
                        .put("payload", new JsonObject().put("query", document))
                        .encode());
    }

    public GraphQLSocket send(String message) {
        send(socket, message);
        return this;
    }

    /** One message at a time: the JDK's WebSocket refuses a send while another is under way. */
    private static void send(WebSocket socket, String message) {
        synchronized (socket) {
            socket.sendText(message, true).join();
        }
    }

    /** The next message within 20 s, or an AssertionError saying what happened instead. */
    public JsonObject next() {
        try {
            JsonObject message = messages.poll(20, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message within 20 s; closed: " + closed.getNow(null));
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether the gateway has closed the socket. */
    public boolean isClosed() {
        return closed.isDone();
    }

    /** How the gateway closed the socket (once {@link #isClosed()}). */
    public Closed closed() {
        return closed.getNow(null);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
        socket.abort();
    }
}
