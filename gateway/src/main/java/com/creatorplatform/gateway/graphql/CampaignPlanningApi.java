package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.AttributionPriority;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.Campaign.CampaignStatus;
import com.creatorplatform.gateway.schema.CommissionBasis;
import com.creatorplatform.gateway.schema.GoalMetric;
import com.creatorplatform.gateway.schema.Offer;
import com.creatorplatform.gateway.schema.OfferConnection;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.schema.PlanningInputs.CampaignPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.ChangeCampaignStatusInput;
import com.creatorplatform.gateway.schema.PlanningInputs.CommissionPlanInput;
import com.creatorplatform.gateway.schema.PlanningInputs.PublishOfferInput;
import com.creatorplatform.gateway.schema.PlanningInputs.PublishOfferPayload;
import com.creatorplatform.gateway.schema.PlanningInputs.SetCampaignAudienceInput;
import com.creatorplatform.gateway.schema.PlanningInputs.SetCampaignCadenceInput;
import com.creatorplatform.gateway.schema.PlanningInputs.SetCampaignGoalsInput;
import com.creatorplatform.gateway.schema.TierMode;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.ChangeCampaignStatusRequest;
import com.creatorplatform.proto.campaign.v1.Goal;
import com.creatorplatform.proto.campaign.v1.ListOfferVersionsRequest;
import com.creatorplatform.proto.campaign.v1.PublishOfferRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignAudienceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignCadenceRequest;
import com.creatorplatform.proto.campaign.v1.SetCampaignGoalsRequest;
import com.creatorplatform.proto.common.v1.CommissionPlan;
import com.creatorplatform.proto.common.v1.CommissionTier;
import com.creatorplatform.proto.common.v1.DateRange;
import com.creatorplatform.proto.common.v1.RevenueBonus;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * A campaign's plan (status, goals, audience, cadence) and its offer versions, answered by
 * campaign-service.
 */
@GraphQLApi
public class CampaignPlanningApi {

    private final Caller caller;
    private final CampaignClient campaigns;

    CampaignPlanningApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Mutation
    @Description(
            "Moves a campaign along DRAFT → ACTIVE ⇄ PAUSED → ENDED; another move is FAILED_PRECONDITION. Brand admins only.")
    public Uni<@NonNull CampaignPayload> changeCampaignStatus(
            @NonNull ChangeCampaignStatusInput input) {
        return campaigns
                .changeCampaignStatus(
                        ChangeCampaignStatusRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setCampaignId(input.campaignId())
                                .setStatus(CampaignStatus.toProto(input.status()))
                                .build())
                .map(CampaignPlanningApi::payload);
    }

    @Mutation("setCampaignGoals") // named explicitly: a method named set... would be published
    // without its "set"
    @Description("Replaces all goals of a campaign (at most one per metric). Brand admins only.")
    public Uni<@NonNull CampaignPayload> setCampaignGoals(@NonNull SetCampaignGoalsInput input) {
        String brandId = caller.brandToWrite();
        // The campaign's currency, to hold REVENUE targets to it before anything is written.
        return campaigns
                .campaigns(ReadScope.brand(brandId), List.of(input.campaignId()))
                .flatMap(
                        found -> {
                            if (found.isEmpty()) {
                                throw new ApiGraphQLError.NotFound(
                                        "campaign " + input.campaignId() + " does not exist");
                            }
                            String currency = found.get(0).getCurrency();
                            var request =
                                    SetCampaignGoalsRequest.newBuilder()
                                            .setBrandId(brandId)
                                            .setCampaignId(input.campaignId());
                            input.goals()
                                    .forEach(
                                            goal ->
                                                    request.addGoals(
                                                            Goal.newBuilder()
                                                                    .setMetric(
                                                                            GoalMetric.toProto(
                                                                                    goal.metric()))
                                                                    .setTarget(
                                                                            goal.targetIn(currency))
                                                                    .setTimeframe(
                                                                            DateRange.newBuilder()
                                                                                    .setFrom(
                                                                                            WireTypes
                                                                                                    .date(
                                                                                                            goal
                                                                                                                    .from()))
                                                                                    .setTo(
                                                                                            WireTypes
                                                                                                    .date(
                                                                                                            goal
                                                                                                                    .to())))));
                            return campaigns.setCampaignGoals(request.build());
                        })
                .map(CampaignPlanningApi::payload);
    }

    @Mutation("setCampaignAudience") // named explicitly: a method named set... would be published
    // without its "set"
    @Description(
            "Replaces the audience (niches, ISO countries) that candidates are ranked against. Brand admins only.")
    public Uni<@NonNull CampaignPayload> setCampaignAudience(
            @NonNull SetCampaignAudienceInput input) {
        return campaigns
                .setCampaignAudience(
                        SetCampaignAudienceRequest.newBuilder()
                                .setBrandId(caller.brandToWrite())
                                .setCampaignId(input.campaignId())
                                .addAllTargetNiches(input.targetNiches())
                                .addAllTargetCountries(input.targetCountries())
                                .build())
                .map(CampaignPlanningApi::payload);
    }

    @Mutation("setCampaignCadence") // named explicitly: a method named set... would be published
    // without its "set"
    @Description(
            "Sets (or with null lifts) the cadence rule: at most N posts per creator per ISO week. Brand admins only.")
    public Uni<@NonNull CampaignPayload> setCampaignCadence(
            @NonNull SetCampaignCadenceInput input) {
        var request =
                SetCampaignCadenceRequest.newBuilder()
                        .setBrandId(caller.brandToWrite())
                        .setCampaignId(input.campaignId());
        if (input.maxPostsPerCreatorPerWeek() != null) {
            request.setMaxPostsPerCreatorPerWeek(input.maxPostsPerCreatorPerWeek());
        }
        return campaigns.setCampaignCadence(request.build()).map(CampaignPlanningApi::payload);
    }

    @Mutation
    @Description(
            "Publishes a new version of a campaign's offer; earlier versions are never changed. Brand admins only.")
    public Uni<@NonNull PublishOfferPayload> publishOffer(@NonNull PublishOfferInput input) {
        var request =
                PublishOfferRequest.newBuilder()
                        .setBrandId(caller.brandToWrite())
                        .setCampaignId(input.campaignId())
                        .setPlan(plan(input.plan()))
                        .setAudienceDiscountPercent(input.audienceDiscountPercent())
                        .setPriority(AttributionPriority.toProto(input.priority()));
        if (input.effectiveFrom() != null) {
            request.setEffectiveFrom(WireTypes.timestamp(input.effectiveFrom()));
        }
        if (input.attributionWindowDays() != null) {
            request.setAttributionWindowDays(input.attributionWindowDays());
        }
        if (input.holdDays() != null) {
            request.setHoldDays(input.holdDays());
        }
        return campaigns
                .publishOffer(request.build())
                .map(offer -> new PublishOfferPayload(Offer.from(offer)));
    }

    @Query
    @Description(
            "The offer versions of a campaign of the caller's brand, latest effectiveFrom first. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull OfferConnection> offerVersions(
            @Id @NonNull String campaignId, @DefaultValue("20") int first, String after) {
        return campaigns
                .listOfferVersions(
                        ListOfferVersionsRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setCampaignId(campaignId)
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new OfferConnection(
                                        page.getOffersList().stream().map(Offer::from).toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    private static CampaignPayload payload(
            com.creatorplatform.proto.campaign.v1.Campaign campaign) {
        return new CampaignPayload(Campaign.from(campaign));
    }

    private static CommissionPlan plan(CommissionPlanInput input) {
        var plan =
                CommissionPlan.newBuilder()
                        .setBasis(CommissionBasis.toProto(input.basis()))
                        .setRateBasisPoints(input.rateBasisPoints())
                        .setTierMode(TierMode.toProto(input.tierMode()));
        if (input.flatPerOrder() != null) {
            plan.setFlatPerOrder(input.flatPerOrder().toProto());
        }
        if (input.feePerPublishedPost() != null) {
            plan.setFeePerPublishedPost(input.feePerPublishedPost().toProto());
        }
        InputLists.present(input.tiers())
                .forEach(
                        tier ->
                                plan.addTiers(
                                        CommissionTier.newBuilder()
                                                .setFromMinor(tier.fromMinor())
                                                .setRateBasisPoints(tier.rateBasisPoints())));
        InputLists.present(input.bonuses())
                .forEach(
                        bonus ->
                                plan.addBonuses(
                                        RevenueBonus.newBuilder()
                                                .setThresholdMinor(bonus.thresholdMinor())
                                                .setAmount(bonus.amount().toProto())));
        return plan.build();
    }
}
