package com.creatorplatform.gateway.schema;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("What a campaign aims for. `target` is minor units of the campaign's currency for REVENUE, else a count; "
        + "a null `from`/`to` means the campaign's own start/end date.")
public record Goal(@NonNull GoalMetric metric, @NonNull long target, LocalDate from, LocalDate to) {

    static Goal from(com.creatorplatform.proto.campaign.v1.Goal goal) {
        return new Goal(GoalMetric.fromProto(goal.getMetric()), goal.getTarget(),
                com.creatorplatform.contract.WireTypes.optionalDate("from", goal.getTimeframe().getFrom()),
                com.creatorplatform.contract.WireTypes.optionalDate("to", goal.getTimeframe().getTo()));
    }
}
