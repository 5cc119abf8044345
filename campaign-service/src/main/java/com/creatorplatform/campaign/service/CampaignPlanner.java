package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.Campaign;
import com.creatorplatform.campaign.repository.CampaignRepository;
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
    public record Draft(UUID brandId, String name, String landingUrl, LocalDate startsOn, LocalDate endsOn,
            Long budgetCapMinor, String budgetCurrency) {
    }

    private final BrandDirectory brands;
    private final CampaignRepository campaigns;
    private final Clock clock;

    CampaignPlanner(BrandDirectory brands, CampaignRepository campaigns, Clock clock) {
        this.brands = brands;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Campaign> create(Draft draft) {
        return brands.require(draft.brandId())
                .map(brand -> {
                    if (draft.budgetCapMinor() != null) {
                        brand.requireOwnCurrency("budget_cap", draft.budgetCurrency());
                    }
                    return Campaign.draft(brand, draft.name(), draft.landingUrl(), draft.startsOn(), draft.endsOn(),
                            draft.budgetCapMinor(), clock.instant());
                })
                .call(campaigns::persist)
                .invoke(c -> LOG.infof("created campaign %s for brand %s", c.id, c.brandId));
    }

    @WithSession
    public Uni<List<Campaign>> byIds(UUID brandId, List<UUID> ids) {
        return campaigns.findByIds(brandId, ids).map(found -> Ids.inAskedOrder(ids, found, c -> c.id));
    }

    @WithSession
    public Uni<Page<Campaign>> list(UUID brandId, String cursor, int requestedSize) {
        int size = PageCursor.pageSize(requestedSize);
        return campaigns.pageAfter(brandId, PageCursor.decode(cursor), size + 1)
                .map(rows -> Page.of(rows, size, c -> c.createdAt, c -> c.id));
    }
}
