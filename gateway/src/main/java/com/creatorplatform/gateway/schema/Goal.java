package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "What a campaign aims for. `target` is minor units of the campaign's currency for REVENUE, else a count; "
                + "a null `from`/`to` means the campaign's own start/end date.")
public record Goal(
        @NonNull GoalMetric metric,
        @NonNull long target,
        LocalDate from,
        LocalDate to,
        /* The campaign it belongs to, read for its progress. */ @Ignore String brandId,
        @Ignore String campaignId,
        @Ignore LocalDate campaignStart,
        @Ignore LocalDate campaignEnd) {

    static Goal from(
            com.creatorplatform.proto.campaign.v1.Goal goal,
            com.creatorplatform.proto.campaign.v1.Campaign campaign) {
        return new Goal(
                GoalMetric.fromProto(goal.getMetric()),
                goal.getTarget(),
                WireTypes.optionalDate("from", goal.getTimeframe().getFrom()),
                WireTypes.optionalDate("to", goal.getTimeframe().getTo()),
                campaign.getBrandId(),
                campaign.getId(),
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
}
