package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

public record Campaign(@Id @NonNull String id, @NonNull String name, @NonNull CampaignStatus status,
        @NonNull String landingUrl, @NonNull LocalDate startsOn, LocalDate endsOn, Money budgetCap,
        @NonNull Instant createdAt) {

    public enum CampaignStatus { DRAFT, ACTIVE, PAUSED, ENDED }

    public static Campaign from(com.creatorplatform.proto.campaign.v1.Campaign campaign) {
        return new Campaign(campaign.getId(), campaign.getName(),
                CampaignStatus.valueOf(campaign.getStatus().name().substring("CAMPAIGN_STATUS_".length())),
                campaign.getLandingUrl(),
                WireTypes.optionalDate("starts_on", campaign.getStartsOn()),
                WireTypes.optionalDate("ends_on", campaign.getEndsOn()),
                campaign.hasBudgetCap() ? Money.of(campaign.getBudgetCap()) : null,
                WireTypes.instant(campaign.getCreatedAt()));
    }
}
