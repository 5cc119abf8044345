package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.contract.webhook.WebhookOutbox;
import com.creatorplatform.proto.payout.v1.OrderEvent;
import com.creatorplatform.tracking.client.BrandSettings;
import com.creatorplatform.tracking.client.CampaignOffers;
import com.creatorplatform.tracking.client.CreatorEmails;
import com.creatorplatform.tracking.domain.attribution.AttributionEngine;
import com.creatorplatform.tracking.domain.attribution.CodeUse;
import com.creatorplatform.tracking.domain.attribution.Order;
import com.creatorplatform.tracking.persistence.UniqueViolation;
import com.creatorplatform.tracking.reports.ReportFilter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Use cases of orders: recording (with attribution), completion, cancellation and refunds. Every
 * change writes, in the same transaction, its outbox event for payouts and its report rollup; a new
 * attributed order and a refund write the brand's webhook event too.
 */
@ApplicationScoped
public class ConversionDesk {

    private static final Logger LOG = Logger.getLogger(ConversionDesk.class);

    /** An order and its refunds, as answered to callers. */
    public record OrderView(CustomerOrder order, List<OrderRefund> refunds) {}

    private final OrderRepository orders;
    private final ClickHistory clicks;
    private final CampaignOffers offers;
    private final BrandSettings brands;
    private final CreatorEmails emails;
    private final OrderRollup rollup;
    private final AttributionCounts attributions;
    private final Clock clock;

    ConversionDesk(
            OrderRepository orders,
            ClickHistory clicks,
            CampaignOffers offers,
            BrandSettings brands,
            CreatorEmails emails,
            OrderRollup rollup,
            AttributionCounts attributions,
            Clock clock) {
        this.orders = orders;
        this.clicks = clicks;
        this.offers = offers;
        this.brands = brands;
        this.emails = emails;
        this.rollup = rollup;
        this.attributions = attributions;
        this.clock = clock;
    }

    /**
     * Records and attributes a new order; a repeated report answers the order as first recorded.
     */
    public Uni<OrderView> record(CustomerOrder.Report report, boolean completed) {
        validate(report);
        return recorded(report)
                .flatMap(
                        existing ->
                                existing != null
                                        ? Uni.createFrom().item(existing)
                                        : attributeAndStore(report, completed))
                // A concurrent report of the same order won the race to insert it.
                .onFailure(failure -> UniqueViolation.of(failure, "customer_order_once_per_brand"))
                .recoverWithUni(() -> recorded(report));
    }

    /** The order as already recorded, or null. */
    private Uni<OrderView> recorded(CustomerOrder.Report report) {
        return Panache.withSession(
                () ->
                        orders.byOrderId(report.brandId(), report.orderId())
                                .flatMap(
                                        existing ->
                                                existing == null
                                                        ? Uni.createFrom().<OrderView>nullItem()
                                                        : view(existing)));
    }

    private Uni<OrderView> attributeAndStore(CustomerOrder.Report report, boolean completed) {
        // Only a new order: a replay answers the order as first recorded, whenever it comes.
        OrderTimes.ordered(report.orderedAt(), clock.instant());
        return brands.currency(report.brandId())
                .invoke(currency -> requireBrandCurrency(report, currency))
                .chain(
                        () ->
                                Panache.withSession(
                                        () -> orders.code(report.brandId(), report.discountCode())))
                .flatMap(
                        code ->
                                clicks.ofVisitorBehind(
                                                report.brandId(),
                                                report.clickId(),
                                                report.orderedAt())
                                        .flatMap(
                                                history -> {
                                                    var campaigns = new LinkedHashSet<UUID>();
                                                    var creators = new LinkedHashSet<UUID>();
                                                    if (code != null) {
                                                        campaigns.add(code.campaignId);
                                                        creators.add(code.creatorId);
                                                    }
                                                    history.forEach(
                                                            c -> {
                                                                campaigns.add(c.campaignId());
                                                                creators.add(c.creatorId());
                                                            });
                                                    return Uni.combine()
                                                            .all()
                                                            .unis(
                                                                    offers.at(
                                                                            report.brandId(),
                                                                            campaigns,
                                                                            report.orderedAt()),
                                                                    emails.hashesOf(
                                                                            report.brandId(),
                                                                            creators))
                                                            .asTuple()
                                                            .map(
                                                                    facts -> {
                                                                        var inEffect =
                                                                                facts.getItem1();
                                                                        var engine =
                                                                                new AttributionEngine(
                                                                                        inEffect
                                                                                                ::terms,
                                                                                        facts
                                                                                                        .getItem2()
                                                                                                ::get);
                                                                        var used =
                                                                                code == null
                                                                                        ? null
                                                                                        : new CodeUse(
                                                                                                code.code,
                                                                                                code.creatorId,
                                                                                                code.campaignId,
                                                                                                inEffect
                                                                                                        .status(
                                                                                                                code.campaignId));
                                                                        var attribution =
                                                                                engine.attribute(
                                                                                        new Order(
                                                                                                report
                                                                                                        .orderedAt(),
                                                                                                report
                                                                                                        .customerHash(),
                                                                                                used,
                                                                                                history));
                                                                        return CustomerOrder.record(
                                                                                report,
                                                                                attribution,
                                                                                inEffect.snapshot(
                                                                                        attribution
                                                                                                .campaignId()),
                                                                                clock.instant());
                                                                    });
                                                }))
                .flatMap(
                        order ->
                                Panache.withTransaction(
                                        () -> {
                                            if (completed) {
                                                order.complete(report.orderedAt(), clock.instant());
                                            }
                                            return order.persist()
                                                    .call(
                                                            () ->
                                                                    brandEvent(
                                                                            BrandEvents.attributed(
                                                                                    order)))
                                                    .flatMap(
                                                            stored ->
                                                                    completed
                                                                            ? changed(
                                                                                    order,
                                                                                    OrderEvents
                                                                                            .completed(
                                                                                                    order),
                                                                                    OrderFigures
                                                                                            .completed(
                                                                                                    order))
                                                                            : Uni.createFrom()
                                                                                    .voidItem())
                                                    .replaceWith(order);
                                        }))
                .invoke(attributions::recorded)
                .invoke(
                        order ->
                                LOG.infof(
                                        "order %s of brand %s: %s (%s) %s",
                                        order.orderId,
                                        order.brandId,
                                        order.outcome,
                                        order.rule,
                                        order.reason))
                .map(order -> new OrderView(order, List.of()));
    }

    public Uni<OrderView> complete(UUID brandId, String orderId, Instant at) {
        return Panache.withTransaction(
                        () ->
                                locked(brandId, orderId)
                                        .flatMap(
                                                order ->
                                                        order.complete(at, clock.instant())
                                                                ? changed(
                                                                                order,
                                                                                OrderEvents
                                                                                        .completed(
                                                                                                order),
                                                                                OrderFigures
                                                                                        .completed(
                                                                                                order))
                                                                        .replaceWith(order)
                                                                : Uni.createFrom().item(order)))
                .flatMap(this::viewInSession);
    }

    public Uni<OrderView> cancel(UUID brandId, String orderId, Instant at) {
        return Panache.withTransaction(
                        () ->
                                locked(brandId, orderId)
                                        .flatMap(
                                                order -> {
                                                    boolean wasCompleted =
                                                            order.status == OrderStatus.COMPLETED;
                                                    return order.cancel()
                                                            ? changed(
                                                                            order,
                                                                            OrderEvents.cancelled(
                                                                                    order,
                                                                                    wasCompleted,
                                                                                    at),
                                                                            OrderFigures.cancelled(
                                                                                    order,
                                                                                    wasCompleted))
                                                                    .replaceWith(order)
                                                            : Uni.createFrom().item(order);
                                                }))
                .flatMap(this::viewInSession);
    }

    /** Refunds once per refund id; the same refund reported again changes nothing. */
    public Uni<OrderView> refund(
            UUID brandId,
            String orderId,
            String refundId,
            long amount,
            String currency,
            Instant at) {
        if (refundId == null || refundId.isBlank()) {
            throw ApiError.invalidArgument("refund_id is required");
        }
        return Panache.withTransaction(
                        () ->
                                locked(brandId, orderId)
                                        .flatMap(
                                                order ->
                                                        orders.refund(brandId, refundId)
                                                                .flatMap(
                                                                        existing -> {
                                                                            if (existing != null) {
                                                                                if (!existing
                                                                                        .sameAs(
                                                                                                order,
                                                                                                amount)) {
                                                                                    throw ApiError
                                                                                            .alreadyExists(
                                                                                                    "refund_id '"
                                                                                                            + refundId
                                                                                                            + "' was used for a different refund");
                                                                                }
                                                                                return Uni
                                                                                        .createFrom()
                                                                                        .item(
                                                                                                order);
                                                                            }
                                                                            order.refund(
                                                                                    amount,
                                                                                    currency);
                                                                            var refund =
                                                                                    OrderRefund.of(
                                                                                            order,
                                                                                            refundId,
                                                                                            amount,
                                                                                            at);
                                                                            return refund.persist()
                                                                                    .call(
                                                                                            () ->
                                                                                                    brandEvent(
                                                                                                            Optional
                                                                                                                    .of(
                                                                                                                            BrandEvents
                                                                                                                                    .refunded(
                                                                                                                                            order,
                                                                                                                                            refund))))
                                                                                    .flatMap(
                                                                                            r ->
                                                                                                    changed(
                                                                                                            order,
                                                                                                            OrderEvents
                                                                                                                    .refunded(
                                                                                                                            order,
                                                                                                                            refund),
                                                                                                            OrderFigures
                                                                                                                    .refunded(
                                                                                                                            order,
                                                                                                                            refund)))
                                                                                    .replaceWith(
                                                                                            order);
                                                                        })))
                .flatMap(this::viewInSession);
    }

    public Uni<List<OrderView>> byOrderIds(UUID brandId, List<String> orderIds) {
        return Panache.withSession(
                () ->
                        orders.byOrderIds(brandId, orderIds)
                                .flatMap(this::views)
                                .map(
                                        views -> {
                                            Map<String, OrderView> byId =
                                                    views.stream()
                                                            .collect(
                                                                    Collectors.toMap(
                                                                            v -> v.order().orderId,
                                                                            v -> v));
                                            return orderIds.stream()
                                                    .distinct()
                                                    .filter(byId::containsKey)
                                                    .map(byId::get)
                                                    .toList();
                                        }));
    }

    /**
     * The orders a report covers with their refunds, newest first (by order time), one page after
     * the cursor.
     */
    public Uni<Page<OrderView>> transactions(ReportFilter filter, PageCursor after, int size) {
        return Panache.withSession(
                () ->
                        orders.newestFirst(filter, after, size + 1)
                                .flatMap(this::views)
                                .map(
                                        views ->
                                                Page.of(
                                                        views,
                                                        size,
                                                        v -> v.order().orderedAt,
                                                        v -> v.order().id)));
    }

    private Uni<List<OrderView>> views(List<CustomerOrder> found) {
        return orders.refundsOf(found.stream().map(o -> o.id).toList())
                .map(
                        refunds -> {
                            Map<UUID, List<OrderRefund>> byOrder =
                                    refunds.stream()
                                            .collect(Collectors.groupingBy(r -> r.orderRef));
                            return found.stream()
                                    .map(
                                            o ->
                                                    new OrderView(
                                                            o,
                                                            byOrder.getOrDefault(o.id, List.of())))
                                    .toList();
                        });
    }

    private Uni<CustomerOrder> locked(UUID brandId, String orderId) {
        return orders.byOrderIdForUpdate(brandId, orderId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("order " + orderId + " does not exist"));
    }

    /**
     * What a real change of an order writes besides the order: its payout event and its report
     * figures.
     */
    private Uni<Void> changed(
            CustomerOrder order,
            Optional<OrderEvent> event,
            Optional<OrderFigures.Change> figures) {
        return event.map(e -> OutboxEvent.of(e, clock.instant()).persist().replaceWithVoid())
                .orElse(Uni.createFrom().voidItem())
                .call(() -> rollup.add(order, figures));
    }

    /** The brand's webhook event of a change, written with it (ADR 0056). */
    private Uni<Void> brandEvent(Optional<WebhookOutbox.Event> event) {
        return event.map(e -> WebhookOutbox.write(e, clock.instant()))
                .orElse(Uni.createFrom().voidItem());
    }

    private Uni<OrderView> view(CustomerOrder order) {
        return orders.refundsOf(List.of(order.id)).map(refunds -> new OrderView(order, refunds));
    }

    private Uni<OrderView> viewInSession(CustomerOrder order) {
        return Panache.withSession(() -> view(order));
    }

    /**
     * A brand's orders are in its currency (ADR 0050): every figure of the brand then adds up in
     * one currency, and a plan's flat sums and bonuses always apply.
     */
    private static void requireBrandCurrency(CustomerOrder.Report report, String brandCurrency) {
        if (!brandCurrency.equals(report.currency())) {
            throw ApiError.invalidArgument(
                    "amount.currency "
                            + report.currency()
                            + " is not the brand's currency "
                            + brandCurrency
                            + ": orders must be in the brand's currency");
        }
    }

    private static void validate(CustomerOrder.Report report) {
        if (report.orderId() == null || report.orderId().isBlank()) {
            throw ApiError.invalidArgument("order_id is required");
        }
        if (report.orderId().length() > 200) {
            throw ApiError.invalidArgument("order_id must be at most 200 characters");
        }
        if (report.amountMinor() <= 0) {
            throw ApiError.invalidArgument("amount must be positive");
        }
        WireTypes.currency("amount.currency", report.currency());
        if (report.orderedAt() == null) {
            throw ApiError.invalidArgument("ordered_at is required");
        }
    }
}
