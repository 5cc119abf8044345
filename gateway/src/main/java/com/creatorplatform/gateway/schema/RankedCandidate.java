package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A creator ranked for a campaign; score is 0..100.")
public record RankedCandidate(
        @NonNull Creator creator, @NonNull double score, @NonNull ScoreBreakdown breakdown) {

    public static RankedCandidate from(
            com.creatorplatform.proto.campaign.v1.RankedCandidate candidate) {
        var b = candidate.getBreakdown();
        return new RankedCandidate(
                Creator.from(candidate.getCreator()),
                candidate.getScore(),
                new ScoreBreakdown(
                        b.getConversion(),
                        b.getEngagement(),
                        b.getNicheFit(),
                        b.getAudienceCountry(),
                        b.getReach()));
    }
}
