package com.creatorplatform.campaign.repository;

import com.creatorplatform.campaign.domain.AttributionPriority;
import com.creatorplatform.campaign.domain.CampaignStatus;
import com.creatorplatform.campaign.domain.CommissionPlan;
import com.creatorplatform.campaign.domain.Offer;
import com.creatorplatform.campaign.domain.ResolvedOffer;
import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.PlanTerms;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.pgclient.PgPool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OfferRepository implements PanacheRepositoryBase<Offer, UUID> {

    /**
     * A question to {@link #resolve}: which version of this campaign's offer was in effect at this
     * time.
     */
    public record Question(UUID campaignId, Instant at) {}

    /**
     * For every question at once, the latest version at or before its time, with the campaign's
     * status and cap. One statement however many questions: tracking asks this for a whole batch of
     * orders.
     */
    private static final String RESOLVE =
            """
            SELECT q.ord, c.status AS campaign_status, c.budget_cap_minor, o.*
            FROM unnest($2::uuid[], $3::timestamptz[]) WITH ORDINALITY AS q(campaign_id, at, ord)
            JOIN campaign c ON c.id = q.campaign_id AND c.brand_id = $1
            JOIN LATERAL (
                SELECT * FROM offer v
                WHERE v.campaign_id = q.campaign_id AND v.effective_from <= q.at
                ORDER BY v.effective_from DESC
                LIMIT 1) o ON true
            ORDER BY q.ord""";

    private final PgPool db;

    OfferRepository(PgPool db) {
        this.db = db;
    }

    public Uni<List<ResolvedOffer>> resolve(UUID brandId, List<Question> questions) {
        if (questions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        var campaignIds = questions.stream().map(Question::campaignId).toArray(UUID[]::new);
        var times =
                questions.stream()
                        .map(q -> OffsetDateTime.ofInstant(q.at(), ZoneOffset.UTC))
                        .toArray(OffsetDateTime[]::new);
        return db.preparedQuery(RESOLVE)
                .execute(
                        Tuple.of(brandId)
                                .addArrayOfUUID(campaignIds)
                                .addArrayOfOffsetDateTime(times))
                .map(
                        rows -> {
                            var resolved = new ArrayList<ResolvedOffer>();
                            for (Row row : rows) {
                                resolved.add(
                                        new ResolvedOffer(
                                                row.getLong("ord").intValue() - 1,
                                                offer(row),
                                                CampaignStatus.valueOf(
                                                        row.getString("campaign_status")),
                                                row.getLong("budget_cap_minor")));
                            }
                            return resolved;
                        });
    }

    /** The effective_from of the campaign's latest version, or null when it has none. */
    public Uni<Instant> latestEffectiveFrom(UUID campaignId) {
        return find("campaignId = ?1 order by effectiveFrom desc", campaignId)
                .firstResult()
                .map(o -> o == null ? null : o.effectiveFrom);
    }

    /** Versions of one brand among the ids; another brand's ids match nothing. */
    public Uni<List<Offer>> findByIds(UUID brandId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list(
                "brandId = :brand and id in :ids",
                Parameters.with("brand", brandId).and("ids", ids));
    }

    /**
     * One page of a campaign's versions, latest effective first, after the cursor (keyed on
     * effective_from).
     */
    public Uni<List<Offer>> pageAfter(UUID brandId, UUID campaignId, PageCursor after, int size) {
        var query =
                after == null
                        ? find(
                                "brandId = ?1 and campaignId = ?2 order by effectiveFrom desc, id desc",
                                brandId,
                                campaignId)
                        : find(
                                "brandId = ?1 and campaignId = ?2 and (effectiveFrom < ?3 or (effectiveFrom = ?3 and id < ?4))"
                                        + " order by effectiveFrom desc, id desc",
                                brandId,
                                campaignId,
                                after.createdAt(),
                                after.id());
        return query.range(0, size).list();
    }

    private static Offer offer(Row row) {
        var plan = new CommissionPlan();
        plan.basis = PlanTerms.Basis.valueOf(row.getString("basis"));
        plan.rateBasisPoints = row.getInteger("rate_basis_points");
        plan.flatPerOrderMinor = row.getLong("flat_per_order_minor");
        plan.tierMode = PlanTerms.TierMode.valueOf(row.getString("tier_mode"));
        plan.tierFromMinor = row.getArrayOfLongs("tier_from_minor");
        plan.tierRateBasisPoints = row.getArrayOfIntegers("tier_rate_basis_points");
        plan.bonusThresholdMinor = row.getArrayOfLongs("bonus_threshold_minor");
        plan.bonusAmountMinor = row.getArrayOfLongs("bonus_amount_minor");
        plan.feePerPublishedPostMinor = row.getLong("fee_per_published_post_minor");
        plan.currency = row.getString("currency");
        var offer = new Offer();
        offer.id = row.getUUID("id");
        offer.brandId = row.getUUID("brand_id");
        offer.campaignId = row.getUUID("campaign_id");
        offer.effectiveFrom = row.getOffsetDateTime("effective_from").toInstant();
        offer.plan = plan;
        offer.audienceDiscountPercent = row.getInteger("audience_discount_percent");
        offer.attributionWindowDays = row.getInteger("attribution_window_days");
        offer.holdDays = row.getInteger("hold_days");
        offer.priority = AttributionPriority.valueOf(row.getString("priority"));
        offer.createdAt = row.getOffsetDateTime("created_at").toInstant();
        return offer;
    }
}
