package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A campaign as both its brand and its creators see it. What only the brand may see (the budget
 * cap, the audience it ranks creators against, goals and their progress) is read through {@code
 * CampaignBrandViewApi}, which refuses creators.
 */
public record Campaign(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull CampaignStatus status,
        @NonNull String landingUrl,
        @NonNull LocalDate startsOn,
        LocalDate endsOn,
        @Ignore Money budget,
        @NonNull Instant createdAt,
        @Ignore List<Goal> goalList,
        @Ignore List<String> niches,
        @Ignore List<String> countries,
        @Description(
                        "Cadence rule: at most this many posts per creator per ISO week (UTC); null means no limit.")
                Integer maxPostsPerCreatorPerWeek,
        /* The brand the service answered it for: related records are read in that brand. */ @Ignore
                String brandId) {

    @Description("DRAFT → ACTIVE ⇄ PAUSED → ENDED.")
    public enum CampaignStatus {
        DRAFT,
        ACTIVE,
        PAUSED,
        ENDED;

        public static com.creatorplatform.proto.campaign.v1.CampaignStatus toProto(
                CampaignStatus status) {
            return ProtoEnums.toProto(
                    status,
                    "CAMPAIGN_STATUS_",
                    com.creatorplatform.proto.campaign.v1.CampaignStatus.class);
        }
    }

    public static Campaign from(com.creatorplatform.proto.campaign.v1.Campaign campaign) {
        return new Campaign(
                campaign.getId(),
                campaign.getName(),
                CampaignStatus.valueOf(
                        campaign.getStatus().name().substring("CAMPAIGN_STATUS_".length())),
                campaign.getLandingUrl(),
                WireTypes.optionalDate("starts_on", campaign.getStartsOn()),
                WireTypes.optionalDate("ends_on", campaign.getEndsOn()),
                campaign.hasBudgetCap() ? Money.of(campaign.getBudgetCap()) : null,
                WireTypes.instant(campaign.getCreatedAt()),
                campaign.getGoalsList().stream().map(goal -> Goal.from(goal, campaign)).toList(),
                List.copyOf(campaign.getTargetNichesList()),
                List.copyOf(campaign.getTargetCountriesList()),
                campaign.hasMaxPostsPerCreatorPerWeek()
                        ? campaign.getMaxPostsPerCreatorPerWeek()
                        : null,
                campaign.getBrandId());
    }
}
