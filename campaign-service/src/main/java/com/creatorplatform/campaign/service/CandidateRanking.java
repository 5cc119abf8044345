package com.creatorplatform.campaign.service;

import com.creatorplatform.campaign.domain.CreatorSearch;
import com.creatorplatform.campaign.domain.Platform;
import com.creatorplatform.campaign.domain.SelectionScore;
import com.creatorplatform.campaign.repository.CreatorRepository;
import com.creatorplatform.campaign.repository.MembershipRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * Ranks a brand's creators for one of its campaigns by the {@link SelectionScore}; creators who
 * already have a membership in the campaign (any status) are no longer candidates.
 */
@ApplicationScoped
public class CandidateRanking {

    /**
     * The most creators scored per ranking (the newest of the roster). Scoring is in memory, which
     * suits rosters of thousands; a larger roster would need the score in SQL.
     */
    static final int MAX_SCORED = 5_000;

    private final CampaignPlanner campaigns;
    private final CreatorRepository creators;
    private final MembershipRepository memberships;

    CandidateRanking(
            CampaignPlanner campaigns,
            CreatorRepository creators,
            MembershipRepository memberships) {
        this.campaigns = campaigns;
        this.creators = creators;
        this.memberships = memberships;
    }

    @WithSession
    public Uni<List<SelectionScore.Ranked>> rank(
            UUID brandId, UUID campaignId, Platform platform, int limit) {
        return campaigns
                .require(brandId, campaignId)
                .flatMap(
                        campaign ->
                                memberships
                                        .creatorIds(campaign.id)
                                        .flatMap(
                                                members -> {
                                                    var taken = new HashSet<>(members);
                                                    return creators.search(
                                                                    brandId,
                                                                    CreatorSearch.of(
                                                                            null, platform, null, 0,
                                                                            null),
                                                                    null,
                                                                    MAX_SCORED)
                                                            .map(
                                                                    found ->
                                                                            found.stream()
                                                                                    .filter(
                                                                                            creator ->
                                                                                                    !taken
                                                                                                            .contains(
                                                                                                                    creator.id))
                                                                                    .toList())
                                                            .map(
                                                                    candidates ->
                                                                            SelectionScore.rank(
                                                                                    candidates,
                                                                                    campaign,
                                                                                    platform,
                                                                                    limit));
                                                }));
    }
}
