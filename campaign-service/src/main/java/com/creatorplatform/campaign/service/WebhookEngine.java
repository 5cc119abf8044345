package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.EndpointUrl;
import com.creatorplatform.campaign.domain.WebhookRetry;
import com.creatorplatform.campaign.repository.WebhookDeliveryRepository;
import com.creatorplatform.campaign.repository.WebhookDeliveryRepository.Claimed;
import com.creatorplatform.contract.BatchPump;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries (ADR 0056): claimed in batches with SKIP LOCKED, each POSTed signed with its
 * endpoint's secret and {@code webhook-id} = the event id, the same on every retry. Before each
 * attempt the url's host is looked up again and checked by {@link EndpointUrl}, and the connection
 * goes to the address checked. A 2xx delivers; anything else is retried per {@link WebhookRetry};
 * an endpoint whose attempts fail {@code disable-after} times in a row is disabled and the brand's
 * admins mailed.
 */
@ApplicationScoped
public class WebhookEngine {

    private static final Logger LOG = Logger.getLogger(WebhookEngine.class);
    private static final int BATCH = 20;

    /** A claim lasts this long: a replica that dies while sending leaves the delivery this long. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private final WebhookDeliveryRepository deliveries;
    private final WebhookSender sender;
    private final ReactiveMailer mailer;
    private final Vertx vertx;
    private final Clock clock;
    private final WebhookRetry retry;
    private final int disableAfter;
    private final Optional<Duration> interval;
    private final Set<String> testHosts;

    WebhookEngine(
            WebhookDeliveryRepository deliveries,
            WebhookSender sender,
            ReactiveMailer mailer,
            Vertx vertx,
            Clock clock,
            @ConfigProperty(name = "campaign.webhooks.retry-base", defaultValue = "PT30S")
                    Duration retryBase,
            @ConfigProperty(name = "campaign.webhooks.retry-cap", defaultValue = "PT1H")
                    Duration retryCap,
            @ConfigProperty(name = "campaign.webhooks.max-attempts", defaultValue = "8")
                    int maxAttempts,
            @ConfigProperty(name = "campaign.webhooks.disable-after", defaultValue = "15")
                    int disableAfter,
            @ConfigProperty(name = "campaign.webhooks.interval") Optional<Duration> interval,
            @ConfigProperty(name = "campaign.webhooks.test-hosts")
                    Optional<List<String>> testHosts) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.mailer = mailer;
        this.vertx = vertx;
        this.clock = clock;
        this.retry = new WebhookRetry(retryBase, retryCap, maxAttempts);
        this.disableAfter = disableAfter;
        this.interval = interval;
        this.testHosts = Set.copyOf(testHosts.orElse(List.of()));
    }

    void start(@Observes StartupEvent startup) {
        interval.ifPresent(
                every ->
                        new BatchPump(
                                        this::sendBatch,
                                        BATCH,
                                        failure ->
                                                LOG.warnf(
                                                        "webhook deliveries not sent yet: %s",
                                                        failure.toString()))
                                .start(vertx, every));
    }

    /** Sends one batch of due deliveries, side by side; answers how many were attempted. */
    public Uni<Integer> sendBatch() {
        Instant now = clock.instant();
        return deliveries
                .claimDue(now, now.plus(LEASE), BATCH)
                .flatMap(
                        claimed ->
                                claimed.isEmpty()
                                        ? Uni.createFrom().item(0)
                                        : Multi.createFrom()
                                                .iterable(claimed)
                                                .onItem()
                                                .transformToUniAndMerge(this::attempt)
                                                .collect()
                                                .asList()
                                                .replaceWith(claimed.size()));
    }

    private Uni<Void> attempt(Claimed delivery) {
        return vertx.executeBlocking(
                        Uni.createFrom()
                                .item(
                                        () ->
                                                EndpointUrl.addressToConnect(
                                                        delivery.url(),
                                                        testHosts,
                                                        host ->
                                                                List.of(
                                                                        InetAddress.getAllByName(
                                                                                host)))))
                .flatMap(
                        address ->
                                sender.post(
                                        delivery.url(),
                                        address,
                                        delivery.signingSecret(),
                                        delivery.eventId(),
                                        clock.instant().getEpochSecond(),
                                        delivery.body()))
                .onFailure()
                .recoverWithItem(
                        refused -> new WebhookSender.Answer(0, "not sent: " + refused.getMessage()))
                .flatMap(answer -> record(delivery, answer))
                .onFailure()
                .recoverWithUni(
                        failure -> {
                            LOG.errorf(
                                    "webhook delivery %s: attempt not recorded (%s); it is taken again after its lease",
                                    delivery.deliveryId(), failure.toString());
                            return Uni.createFrom().voidItem();
                        });
    }

    private Uni<Void> record(Claimed delivery, WebhookSender.Answer answer) {
        Instant now = clock.instant();
        Optional<Instant> retryAt = retry.next(delivery.attempts() + 1, now);
        LOG.debugf(
                "webhook delivery %s of %s to %s: %d",
                delivery.deliveryId(), delivery.eventId(), delivery.url(), answer.statusCode());
        return deliveries
                .recordAttempt(
                        delivery, answer.statusCode(), answer.text(), now, retryAt, disableAfter)
                .flatMap(disabled -> disabled ? disabled(delivery) : Uni.createFrom().voidItem());
    }

    /** Tells the brand's admins; a mail that cannot go is logged, the endpoint stays disabled. */
    private Uni<Void> disabled(Claimed delivery) {
        LOG.warnf(
                "webhook endpoint %s of brand %s disabled after %d failed attempts in a row",
                delivery.endpointId(), delivery.brandId(), disableAfter);
        return deliveries
                .admins(delivery.brandId())
                .flatMap(
                        admins -> {
                            if (admins.emails().isEmpty()) {
                                return Uni.createFrom().voidItem();
                            }
                            String text =
                                    "Hello,\n\nthe webhook endpoint "
                                            + delivery.url()
                                            + " of "
                                            + admins.brandName()
                                            + " failed "
                                            + disableAfter
                                            + " deliveries in a row, so it was disabled: no events"
                                            + " are sent to it any more. The delivery log in the"
                                            + " dashboard shows what it answered.\n";
                            return mailer.send(
                                    admins.emails().stream()
                                            .map(
                                                    email ->
                                                            Mail.withText(
                                                                    email,
                                                                    "Webhook endpoint disabled: "
                                                                            + delivery.url(),
                                                                    text))
                                            .toArray(Mail[]::new));
                        })
                .onFailure()
                .recoverWithUni(
                        failure -> {
                            LOG.errorf(
                                    "could not mail brand %s that its endpoint %s was disabled: %s",
                                    delivery.brandId(), delivery.endpointId(), failure.toString());
                            return Uni.createFrom().voidItem();
                        });
    }
}
