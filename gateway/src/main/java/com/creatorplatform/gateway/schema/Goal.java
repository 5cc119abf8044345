package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "What a campaign aims for: `target` is money in the campaign's currency for REVENUE, else a count; "
                + "a null `from`/`to` means the campaign's own start/end date.")
public record Goal(
        @NonNull GoalMetric metric,
        @NonNull GoalValue target,
        LocalDate from,
        LocalDate to,
        /* The campaign it belongs to, read for its progress. */ @Ignore String brandId,
        @Ignore String campaignId,
        @Ignore String currency,
        @Ignore long targetValue,
        @Ignore LocalDate campaignStart,
        @Ignore LocalDate campaignEnd) {

    static Goal from(
            com.creatorplatform.proto.campaign.v1.Goal goal,
            com.creatorplatform.proto.campaign.v1.Campaign campaign) {
        GoalMetric metric = GoalMetric.fromProto(goal.getMetric());
        return new Goal(
                metric,
                GoalValue.of(metric, goal.getTarget(), campaign.getCurrency()),
                WireTypes.optionalDate("from", goal.getTimeframe().getFrom()),
                WireTypes.optionalDate("to", goal.getTimeframe().getTo()),
                campaign.getBrandId(),
                campaign.getId(),
                campaign.getCurrency(),
                goal.getTarget(),
                WireTypes.optionalDate("starts_on", campaign.getStartsOn()),
                WireTypes.optionalDate("ends_on", campaign.getEndsOn()));
    }

    /**
     * The days the goal counts up to today: its timeframe, each end defaulting to the campaign's.
     */
    @Ignore
    public Period measuredPeriod(LocalDate today) {
        return Period.soFar(
                from != null ? from : campaignStart, to != null ? to : campaignEnd, today);
    }

    /** How far the goal is at a value counted like its target over the period. */
    @Ignore
    public GoalProgress progress(Period period, long current) {
        double ratio = targetValue == 0 ? 1 : (double) current / targetValue;
        return new GoalProgress(
                period,
                GoalValue.of(metric, current, currency),
                target,
                ratio,
                current >= targetValue);
    }
}
