package com.creatorplatform.gateway.schema;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Mutation inputs and payloads; the services validate the values and explain what is wrong. */
public final class Inputs {

    private Inputs() {}

    @Input("CreateCampaignInput")
    public record CreateCampaignInput(
            @NonNull String name,
            @NonNull String landingUrl,
            @NonNull LocalDate startsOn,
            LocalDate endsOn,
            MoneyInput budgetCap) {}

    public record CreateCampaignPayload(@NonNull Campaign campaign) {}

    @Input("CreateTrackingLinkInput")
    public record CreateTrackingLinkInput(
            @Id @NonNull String campaignId,
            @Id @NonNull String creatorId,
            @Id String postId,
            @NonNull String destinationUrl,
            @Description(
                            "Where the link is shared (its utm_medium), for reports by platform; null when not known.")
                    Platform platform) {}

    public record CreateTrackingLinkPayload(@NonNull TrackingLink link) {}

    @Input("RecordAdjustmentInput")
    public record RecordAdjustmentInput(
            @Id @NonNull String creatorId,
            @NonNull MoneyInput amount,
            @NonNull String reason,
            @NonNull String idempotencyKey) {}

    public record RecordAdjustmentPayload(@NonNull LedgerEntry entry) {}
}
