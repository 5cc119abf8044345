package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Campaign;
import com.creatorplatform.campaign.domain.CampaignStatus;
import com.creatorplatform.campaign.domain.Goal;
import com.creatorplatform.campaign.repository.CampaignRepository;
import com.creatorplatform.campaign.repository.MembershipRepository;
import com.creatorplatform.contract.ApiError;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.Page;
import com.creatorplatform.contract.PageCursor;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/** Use cases of campaigns within one brand. */
@ApplicationScoped
public class CampaignPlanner {

    private static final Logger LOG = Logger.getLogger(CampaignPlanner.class);

    /** What a draft is made of, as the caller asked for it. */
    public record Draft(
            UUID brandId,
            String name,
            String landingUrl,
            LocalDate startsOn,
            LocalDate endsOn,
            Long budgetCapMinor,
            String budgetCurrency,
            List<Goal> goals,
            List<String> targetNiches,
            List<String> targetCountries) {}

    private final BrandDirectory brands;
    private final CampaignRepository campaigns;
    private final MembershipRepository memberships;
    private final Clock clock;

    CampaignPlanner(
            BrandDirectory brands,
            CampaignRepository campaigns,
            MembershipRepository memberships,
            Clock clock) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.memberships = memberships;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Campaign> create(Draft draft) {
        return brands.require(draft.brandId())
                .map(
                        brand -> {
                            if (draft.budgetCapMinor() != null) {
                                brand.requireOwnCurrency("budget_cap", draft.budgetCurrency());
                            }
                            return Campaign.draft(
                                    brand,
                                    draft.name(),
                                    draft.landingUrl(),
                                    draft.startsOn(),
                                    draft.endsOn(),
                                    draft.budgetCapMinor(),
                                    draft.goals(),
                                    draft.targetNiches(),
                                    draft.targetCountries(),
                                    clock.instant());
                        })
                .call(campaigns::persist)
                .invoke(c -> LOG.infof("created campaign %s for brand %s", c.id, c.brandId));
    }

    @WithTransaction
    public Uni<Campaign> changeStatus(UUID brandId, UUID campaignId, CampaignStatus target) {
        return requireLocked(brandId, campaignId)
                .invoke(
                        campaign -> {
                            var from = campaign.status;
                            campaign.moveTo(target);
                            LOG.infof("campaign %s moved from %s to %s", campaign.id, from, target);
                        });
    }

    @WithTransaction
    public Uni<Campaign> replaceGoals(UUID brandId, UUID campaignId, List<Goal> goals) {
        return requireLocked(brandId, campaignId).invoke(campaign -> campaign.replaceGoals(goals));
    }

    @WithTransaction
    public Uni<Campaign> target(
            UUID brandId, UUID campaignId, List<String> niches, List<String> countries) {
        return requireLocked(brandId, campaignId)
                .invoke(campaign -> campaign.target(niches, countries));
    }

    @WithTransaction
    public Uni<Campaign> limitCadence(
            UUID brandId, UUID campaignId, Integer maxPostsPerCreatorPerWeek) {
        return requireLocked(brandId, campaignId)
                .invoke(campaign -> campaign.limitCadence(maxPostsPerCreatorPerWeek));
    }

    /** The brand's campaign, or NOT_FOUND (also for another brand's). */
    public Uni<Campaign> require(UUID brandId, UUID campaignId) {
        return campaigns
                .findByIds(brandId, List.of(campaignId))
                .map(
                        found ->
                                found.stream()
                                        .findFirst()
                                        .orElseThrow(
                                                () ->
                                                        ApiError.notFound(
                                                                "campaign "
                                                                        + campaignId
                                                                        + " does not exist")));
    }

    /**
     * The brand's campaign, locked for the rest of the transaction, or NOT_FOUND (also for another
     * brand's).
     */
    public Uni<Campaign> requireLocked(UUID brandId, UUID campaignId) {
        return campaigns
                .findForUpdate(brandId, campaignId)
                .onItem()
                .ifNull()
                .failWith(() -> ApiError.notFound("campaign " + campaignId + " does not exist"));
    }

    /**
     * The brand's campaigns among the ids; with a creator (null: none), only those the creator has
     * a membership of.
     */
    @WithSession
    public Uni<List<Campaign>> byIds(UUID brandId, UUID creatorId, List<UUID> ids) {
        return memberships
                .visibleTo(creatorId, ids)
                .flatMap(visible -> campaigns.findByIds(brandId, visible))
                .map(found -> Ids.inAskedOrder(ids, found, c -> c.id));
    }

    @WithSession
    public Uni<Page<Campaign>> list(UUID brandId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return campaigns
                .pageAfter(brandId, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, c -> c.createdAt, c -> c.id));
    }
}
