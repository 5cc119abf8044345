package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

@Entity
public class Campaign extends PanacheEntityBase {

    @Id public UUID id;

    @Column(name = "brand_id")
    public UUID brandId;

    public String name;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    @Column(name = "landing_url")
    public String landingUrl;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Most commission the campaign may pay, in the brand's minor units; null is uncapped. */
    @Column(name = "budget_cap_minor")
    public Long budgetCapMinor;

    /** The brand's currency, fixed at creation. */
    public String currency;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Read with every campaign (a page of campaigns loads its goals in one batch). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "campaign_goal", joinColumns = @JoinColumn(name = "campaign_id"))
    @BatchSize(size = 100)
    public List<Goal> goals = new ArrayList<>();

    /**
     * The audience creators are ranked against (lower-case niches, ISO countries); empty means any.
     */
    @Column(name = "target_niches", columnDefinition = "text[]")
    public String[] targetNiches;

    @Column(name = "target_countries", columnDefinition = "text[]")
    public String[] targetCountries;

    /** Cadence rule; null means no limit. */
    @Column(name = "max_posts_per_creator_per_week")
    public Integer maxPostsPerCreatorPerWeek;

    /** A new campaign starts in DRAFT; its landing page must be on one of the brand's domains. */
    public static Campaign draft(
            Brand brand,
            String name,
            String landingUrl,
            LocalDate startsOn,
            LocalDate endsOn,
            Long budgetCapMinor,
            List<Goal> goals,
            List<String> targetNiches,
            List<String> targetCountries,
            Instant now) {
        var campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.brandId = brand.id;
        campaign.name = Brand.requireName(name);
        campaign.status = CampaignStatus.DRAFT;
        campaign.landingUrl = brand.allowedDomains().requirePermitted("landing_url", landingUrl);
        if (startsOn == null) {
            throw ApiError.invalidArgument("starts_on is required");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw ApiError.invalidArgument(
                    "ends_on " + endsOn + " is before starts_on " + startsOn);
        }
        if (budgetCapMinor != null && budgetCapMinor < 0) {
            throw ApiError.invalidArgument("budget_cap must not be negative");
        }
        campaign.startsOn = startsOn;
        campaign.endsOn = endsOn;
        campaign.budgetCapMinor = budgetCapMinor;
        campaign.currency = brand.currency;
        campaign.createdAt = now;
        campaign.replaceGoals(goals);
        campaign.target(targetNiches, targetCountries);
        return campaign;
    }

    /** Moves along the status machine, or FAILED_PRECONDITION naming both states. */
    public void moveTo(CampaignStatus target) {
        status = status.moveTo(target);
    }

    public void target(List<String> niches, List<String> countries) {
        targetNiches = niches.stream().map(Creator::niche).distinct().toArray(String[]::new);
        targetCountries =
                countries.stream().map(Creator::country).distinct().toArray(String[]::new);
    }

    /** Sets the cadence rule; null lifts it. */
    public void limitCadence(Integer maxPerWeek) {
        maxPostsPerCreatorPerWeek =
                maxPerWeek == null ? null : CadenceRule.of(maxPerWeek).maxPerWeek();
    }

    public Optional<CadenceRule> cadence() {
        return Optional.ofNullable(maxPostsPerCreatorPerWeek).map(CadenceRule::new);
    }

    /** At most one goal per metric, so that "the revenue goal" means one thing. */
    public void replaceGoals(List<Goal> replacement) {
        var metrics = new HashSet<GoalMetric>();
        for (Goal goal : replacement) {
            if (!metrics.add(goal.metric)) {
                throw ApiError.invalidArgument("goals: more than one goal for " + goal.metric);
            }
        }
        goals.clear();
        goals.addAll(replacement);
    }
}
