package com.creatorplatform.campaign.domain;

import com.creatorplatform.contract.ApiError;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;
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

    /** A new campaign starts in DRAFT; its landing page must be on one of the brand's domains. */
    public static Campaign draft(Brand brand, String name, String landingUrl, LocalDate startsOn, LocalDate endsOn,
            Long budgetCapMinor, Instant now) {
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
            throw ApiError.invalidArgument("ends_on " + endsOn + " is before starts_on " + startsOn);
        }
        if (budgetCapMinor != null && budgetCapMinor < 0) {
            throw ApiError.invalidArgument("budget_cap must not be negative");
        }
        campaign.startsOn = startsOn;
        campaign.endsOn = endsOn;
        campaign.budgetCapMinor = budgetCapMinor;
        campaign.currency = brand.currency;
        campaign.createdAt = now;
        return campaign;
    }
}
