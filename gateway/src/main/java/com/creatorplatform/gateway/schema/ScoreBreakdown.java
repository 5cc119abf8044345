package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "The parts of a selection score, each 0..1; score = 100 × (0.35 conversion + 0.25 engagement + 0.20 nicheFit "
                + "+ 0.10 audienceCountry + 0.10 reach).")
public record ScoreBreakdown(
        @NonNull double conversion,
        @NonNull double engagement,
        @NonNull double nicheFit,
        @NonNull double audienceCountry,
        @NonNull double reach) {}
