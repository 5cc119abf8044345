package com.creatorplatform.gateway.schema;

import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Campaign.CampaignStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Inputs and payloads of campaign planning: campaigns' goals, audience and cadence, offers,
 * creators, selection, memberships and the content calendar. The gateway only translates:
 * campaign-service validates every value and its message says what is wrong (INVALID_ARGUMENT).
 * Optional lists carry no {@code @NonNull} on their elements, because SmallRye GraphQL then makes
 * the list itself required; the resolvers skip null elements.
 */
public final class PlanningInputs {

    private PlanningInputs() {}

    @Input("ChangeCampaignStatusInput")
    public record ChangeCampaignStatusInput(
            @Id @NonNull String campaignId, @NonNull CampaignStatus status) {}

    @Input("GoalInput")
    @Description(
            "target: `money` in the campaign's currency for REVENUE, else `count`. from/to default to the "
                    + "campaign's dates.")
    public record GoalInput(
            @NonNull GoalMetric metric,
            @NonNull GoalValueInput target,
            LocalDate from,
            LocalDate to) {

        /**
         * The target as campaign-service keeps it (minor units for REVENUE, else a count), refused
         * when given in the wrong form or another currency than the campaign's.
         */
        public long targetIn(String campaignCurrency) {
            if (metric == GoalMetric.REVENUE) {
                if (target.money() == null || target.count() != null) {
                    throw new ApiGraphQLError.InvalidArgument(
                            "a REVENUE goal's target is money: give target.money, not target.count");
                }
                if (!target.money().currency().equals(campaignCurrency)) {
                    throw new ApiGraphQLError.InvalidArgument(
                            "a REVENUE goal's target must be in the campaign's currency "
                                    + campaignCurrency
                                    + ", got "
                                    + target.money().currency());
                }
                return target.money().amountMinor();
            }
            if (target.count() == null || target.money() != null) {
                throw new ApiGraphQLError.InvalidArgument(
                        "a "
                                + metric
                                + " goal's target is a count: give target.count, not target.money");
            }
            return target.count();
        }
    }

    @Input("GoalValueInput")
    @Description("A goal's target: `money` for REVENUE, `count` for the other metrics.")
    public record GoalValueInput(Long count, MoneyInput money) {}

    @Input("SetCampaignGoalsInput")
    @Description("Replaces all goals of the campaign; an empty list removes them.")
    public record SetCampaignGoalsInput(
            @Id @NonNull String campaignId, @NonNull List<@NonNull GoalInput> goals) {}

    @Input("SetCampaignAudienceInput")
    public record SetCampaignAudienceInput(
            @Id @NonNull String campaignId,
            @NonNull List<@NonNull String> targetNiches,
            @NonNull List<@NonNull String> targetCountries) {}

    @Input("SetCampaignCadenceInput")
    @Description(
            "At most maxPostsPerCreatorPerWeek posts per creator per ISO week (UTC); null lifts the rule.")
    public record SetCampaignCadenceInput(
            @Id @NonNull String campaignId, Integer maxPostsPerCreatorPerWeek) {}

    public record CampaignPayload(@NonNull Campaign campaign) {}

    @Input("CommissionTierInput")
    public record CommissionTierInput(@NonNull long fromMinor, @NonNull int rateBasisPoints) {}

    @Input("RevenueBonusInput")
    public record RevenueBonusInput(@NonNull long thresholdMinor, @NonNull MoneyInput amount) {}

    @Input("CommissionPlanInput")
    @Description(
            "Rates in basis points (1000 = 10 %). PERCENT needs rateBasisPoints, FLAT needs flatPerOrder; tiers need "
                    + "PERCENT and ascend from 0; money in the brand's currency.")
    public record CommissionPlanInput(
            @NonNull CommissionBasis basis,
            @DefaultValue("0") int rateBasisPoints,
            MoneyInput flatPerOrder,
            TierMode tierMode,
            List<CommissionTierInput> tiers,
            List<RevenueBonusInput> bonuses,
            MoneyInput feePerPublishedPost) {}

    @Input("PublishOfferInput")
    @Description(
            "A new offer version. effectiveFrom: null is now, never in the past, after the latest version's. "
                    + "attributionWindowDays and holdDays default to 30; priority to CODE_WINS.")
    public record PublishOfferInput(
            @Id @NonNull String campaignId,
            Instant effectiveFrom,
            @NonNull CommissionPlanInput plan,
            @DefaultValue("0") int audienceDiscountPercent,
            Integer attributionWindowDays,
            Integer holdDays,
            AttributionPriority priority) {}

    public record PublishOfferPayload(@NonNull Offer offer) {}

    @Input("PlatformAccountInput")
    @Description(
            "Rates in basis points (350 = 3.50 %); conversionRateBasisPoints null when not known.")
    public record PlatformAccountInput(
            @NonNull Platform platform,
            @NonNull String handle,
            @NonNull long followers,
            @NonNull int engagementRateBasisPoints,
            Integer conversionRateBasisPoints) {}

    @Input("CreateCreatorInput")
    @Description(
            "country: ISO 3166-1 alpha-2; at most one account per platform; the email is unique within the brand.")
    public record CreateCreatorInput(
            @NonNull String name,
            @NonNull String email,
            @NonNull String country,
            List<String> niches,
            List<PlatformAccountInput> accounts) {}

    public record CreateCreatorPayload(@NonNull Creator creator) {}

    @Input("ShortlistCreatorInput")
    public record ShortlistCreatorInput(
            @Id @NonNull String campaignId, @Id @NonNull String creatorId) {}

    @Input("InviteCreatorInput")
    @Description("Invites a shortlisted creator with a personal message (at most 2000 characters).")
    public record InviteCreatorInput(@Id @NonNull String membershipId, @NonNull String message) {}

    @Input("RetireMembershipInput")
    public record RetireMembershipInput(@Id @NonNull String membershipId, @NonNull String reason) {}

    @Input("RespondToInvitationInput")
    public record RespondToInvitationInput(@Id @NonNull String membershipId) {}

    public record MembershipPayload(@NonNull Membership membership) {}

    @Input("SchedulePostInput")
    @Description("Plans a post of an ACTIVE member; the campaign's cadence rule is enforced.")
    public record SchedulePostInput(
            @Id @NonNull String campaignId,
            @Id @NonNull String creatorId,
            @NonNull Platform platform,
            @NonNull PostFormat format,
            @NonNull Instant scheduledAt,
            @NonNull String brief) {}

    @Input("ApprovePostInput")
    public record ApprovePostInput(@Id @NonNull String postId) {}

    @Input("RequestPostChangesInput")
    public record RequestPostChangesInput(@Id @NonNull String postId, @NonNull String feedback) {}

    @Input("SubmitPostInput")
    public record SubmitPostInput(@Id @NonNull String postId, @NonNull String caption) {}

    @Input("PublishPostInput")
    @Description(
            "The caption must carry #ad, #sponsored or #partner unless paidPartnership (the platform's label) is set; "
                    + "publishedUrl is the post's absolute http(s) URL.")
    public record PublishPostInput(
            @Id @NonNull String postId,
            @NonNull String caption,
            @DefaultValue("false") boolean paidPartnership,
            @NonNull String publishedUrl) {}

    public record PostPayload(@NonNull Post post) {}
}
