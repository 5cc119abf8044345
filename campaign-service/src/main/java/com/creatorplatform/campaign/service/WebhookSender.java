package com.creatorplatform.campaign.service;

import com.creatorplatform.contract.webhook.StandardWebhooks;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * POSTs one signed webhook to the address it was given (the engine looked the host up and checked
 * it): the connection goes to that address, never to a second lookup's, while the Host header, TLS
 * server name and certificate check still use the url's host.
 */
@ApplicationScoped
public class WebhookSender {

    /** The endpoint's answer: its HTTP status (0 when it gave none) and the start of its body. */
    public record Answer(int statusCode, String text) {}

    private final HttpClient client;
    private final Duration timeout;

    WebhookSender(
            Vertx vertx,
            @ConfigProperty(name = "campaign.webhooks.timeout", defaultValue = "PT10S")
                    Duration timeout) {
        this.timeout = timeout;
        this.client =
                vertx.createHttpClient(
                        new HttpClientOptions()
                                .setForceSni(true)
                                .setVerifyHost(true)
                                .setConnectTimeout((int) timeout.toMillis())
                                .setMaxPoolSize(20));
    }

    /** Sends the body signed with the endpoint's secret; a failure to connect is an answer too. */
    public Uni<Answer> post(
            String url,
            InetAddress address,
            String secret,
            String webhookId,
            long timestamp,
            String body) {
        URI uri = URI.create(url);
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var options =
                new RequestOptions()
                        .setMethod(HttpMethod.POST)
                        .setAbsoluteURI(url)
                        .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                        .setTimeout(timeout.toMillis())
                        .putHeader("content-type", "application/json")
                        .putHeader("user-agent", "creator-platform-webhooks/1")
                        .putHeader(StandardWebhooks.ID, webhookId)
                        .putHeader(StandardWebhooks.TIMESTAMP, Long.toString(timestamp))
                        .putHeader(
                                StandardWebhooks.SIGNATURE,
                                StandardWebhooks.sign(secret, webhookId, timestamp, bytes));
        return client.request(options)
                .flatMap(request -> request.send(Buffer.buffer(bytes)))
                .flatMap(
                        response ->
                                response.body()
                                        .map(
                                                answer ->
                                                        new Answer(
                                                                response.statusCode(),
                                                                answer.toString())))
                .onFailure()
                .recoverWithItem(failure -> new Answer(0, "no answer: " + failure.getMessage()));
    }

    @PreDestroy
    void close() {
        client.closeAndForget();
    }
}
