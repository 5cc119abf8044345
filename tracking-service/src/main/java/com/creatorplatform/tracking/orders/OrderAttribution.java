package com.creatorplatform.tracking.orders;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.tracking.client.BrandSettings;
import com.creatorplatform.tracking.client.CampaignOffers;
import com.creatorplatform.tracking.client.CreatorEmails;
import com.creatorplatform.tracking.domain.attribution.AttributionEngine;
import com.creatorplatform.tracking.domain.attribution.Click;
import com.creatorplatform.tracking.domain.attribution.CodeUse;
import com.creatorplatform.tracking.domain.attribution.Order;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Attributes a batch of new orders: what each needs (its discount code, its visitor's clicks, the
 * offers in effect for its candidate campaigns at its time, the candidate creators' e-mail hashes)
 * is read for the whole batch at once — one query for the codes, one campaign-service call per
 * brand for offers and one for e-mails — and {@link AttributionEngine} decides each order.
 */
@ApplicationScoped
class OrderAttribution {

    /** A new order attributed and ready to store, or why it cannot be. */
    record Attempt(CustomerOrder order, RuntimeException failure) {}

    /** A report and what attribution reads for it. */
    private static final class Pending {
        final CustomerOrder.Report report;
        DiscountCode code;
        List<Click> clicks = List.of();
        CustomerOrder order;
        RuntimeException failure;

        Pending(CustomerOrder.Report report) {
            this.report = report;
        }

        Set<UUID> campaigns() {
            var campaigns = new LinkedHashSet<UUID>();
            if (code != null) {
                campaigns.add(code.campaignId);
            }
            clicks.forEach(c -> campaigns.add(c.campaignId()));
            return campaigns;
        }

        Set<UUID> creators() {
            var creators = new LinkedHashSet<UUID>();
            if (code != null) {
                creators.add(code.creatorId);
            }
            clicks.forEach(c -> creators.add(c.creatorId()));
            return creators;
        }
    }

    private final Pool db;
    private final ClickHistory clicks;
    private final CampaignOffers offers;
    private final BrandSettings brands;
    private final CreatorEmails emails;

    OrderAttribution(
            Pool db,
            ClickHistory clicks,
            CampaignOffers offers,
            BrandSettings brands,
            CreatorEmails emails) {
        this.db = db;
        this.clicks = clicks;
        this.offers = offers;
        this.brands = brands;
        this.emails = emails;
    }

    /** An attempt per report, in the reports' order. */
    Uni<List<Attempt>> attribute(List<CustomerOrder.Report> reports, Instant now) {
        var pending = reports.stream().map(Pending::new).toList();
        return checked(pending, now)
                .chain(() -> withCodes(pending))
                .chain(() -> withClicks(pending))
                .chain(() -> decided(pending, now));
    }

    /**
     * Only a new order is checked: a replay answers the order as first recorded, whenever it comes.
     * A brand's orders are in its currency (ADR 0050): every figure of the brand then adds up in
     * one currency, and a plan's flat sums and bonuses always apply.
     */
    private Uni<Void> checked(List<Pending> pending, Instant now) {
        return forEachBrand(
                pending,
                (brandId, ofBrand) ->
                        brands.currency(brandId)
                                .invoke(
                                        currency ->
                                                ofBrand.forEach(
                                                        p ->
                                                                attempt(
                                                                        p,
                                                                        () -> {
                                                                            OrderTimes.ordered(
                                                                                    p.report
                                                                                            .orderedAt(),
                                                                                    now);
                                                                            requireBrandCurrency(
                                                                                    p.report,
                                                                                    currency);
                                                                        })))
                                .replaceWithVoid());
    }

    private Uni<Void> withCodes(List<Pending> pending) {
        var brandIds = new ArrayList<UUID>();
        var codes = new ArrayList<String>();
        for (Pending p : live(pending)) {
            String code = p.report.discountCode();
            if (code != null && !code.isBlank()) {
                brandIds.add(p.report.brandId());
                codes.add(code.trim().toUpperCase(java.util.Locale.ROOT));
            }
        }
        return OrderStore.codes(db, brandIds, codes)
                .invoke(
                        found ->
                                live(pending).stream()
                                        .filter(p -> p.report.discountCode() != null)
                                        .forEach(
                                                p ->
                                                        p.code =
                                                                found.get(
                                                                        OrderStore.codeKey(
                                                                                p.report.brandId(),
                                                                                p.report
                                                                                        .discountCode()))))
                .replaceWithVoid();
    }

    private Uni<Void> withClicks(List<Pending> pending) {
        var reads =
                live(pending).stream()
                        .filter(p -> p.report.clickId() != null)
                        .map(
                                p ->
                                        clicks.ofVisitorBehind(
                                                        p.report.brandId(),
                                                        p.report.clickId(),
                                                        p.report.orderedAt())
                                                .invoke(history -> p.clicks = history)
                                                .replaceWithVoid())
                        .toList();
        return reads.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.join().all(reads).andFailFast().replaceWithVoid();
    }

    private Uni<List<Attempt>> decided(List<Pending> pending, Instant now) {
        return forEachBrand(
                        pending,
                        (brandId, ofBrand) -> {
                            var queries = new HashSet<CampaignOffers.Query>();
                            var creators = new HashSet<UUID>();
                            ofBrand.forEach(
                                    p -> {
                                        p.campaigns()
                                                .forEach(
                                                        c ->
                                                                queries.add(
                                                                        new CampaignOffers.Query(
                                                                                c,
                                                                                p.report
                                                                                        .orderedAt())));
                                        creators.addAll(p.creators());
                                    });
                            return Uni.combine()
                                    .all()
                                    .unis(
                                            offers.atEach(brandId, queries),
                                            emails.hashesOf(brandId, creators))
                                    .asTuple()
                                    .invoke(
                                            facts ->
                                                    ofBrand.forEach(
                                                            p ->
                                                                    attempt(
                                                                            p,
                                                                            () ->
                                                                                    decide(
                                                                                            p,
                                                                                            facts
                                                                                                    .getItem1(),
                                                                                            facts
                                                                                                    .getItem2(),
                                                                                            now))))
                                    .replaceWithVoid();
                        })
                .map(
                        ignored ->
                                pending.stream()
                                        .map(p -> new Attempt(p.order, p.failure))
                                        .toList());
    }

    private static void decide(
            Pending p,
            CampaignOffers.Resolved resolved,
            Map<UUID, String> emailHashes,
            Instant now) {
        var report = p.report;
        var inEffect = resolved.at(report.orderedAt());
        var engine = new AttributionEngine(inEffect::terms, emailHashes::get);
        var used =
                p.code == null
                        ? null
                        : new CodeUse(
                                p.code.code,
                                p.code.creatorId,
                                p.code.campaignId,
                                inEffect.status(p.code.campaignId));
        var attribution =
                engine.attribute(
                        new Order(report.orderedAt(), report.customerHash(), used, p.clicks));
        p.order =
                CustomerOrder.record(
                        report, attribution, inEffect.snapshot(attribution.campaignId()), now);
    }

    /**
     * Runs {@code step} for each brand's live reports, side by side; a brand's step that fails
     * (campaign-service cannot answer, no such brand) fails that brand's reports only.
     */
    private static Uni<Void> forEachBrand(
            List<Pending> pending,
            java.util.function.BiFunction<UUID, List<Pending>, Uni<Void>> step) {
        Map<UUID, List<Pending>> byBrand = new LinkedHashMap<>();
        live(pending)
                .forEach(
                        p ->
                                byBrand.computeIfAbsent(p.report.brandId(), b -> new ArrayList<>())
                                        .add(p));
        if (byBrand.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join()
                .all(
                        byBrand.entrySet().stream()
                                .map(
                                        e ->
                                                step.apply(e.getKey(), e.getValue())
                                                        .onFailure()
                                                        .recoverWithItem(
                                                                failure -> {
                                                                    e.getValue()
                                                                            .forEach(
                                                                                    p ->
                                                                                            p.failure =
                                                                                                    asRuntime(
                                                                                                            failure));
                                                                    return null;
                                                                }))
                                .toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private static void attempt(Pending p, Runnable step) {
        if (p.failure != null) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException failure) {
            p.failure = failure;
        }
    }

    private static List<Pending> live(List<Pending> pending) {
        return pending.stream().filter(p -> p.failure == null).toList();
    }

    private static RuntimeException asRuntime(Throwable failure) {
        return failure instanceof RuntimeException runtime
                ? runtime
                : new IllegalStateException(failure);
    }

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
}
