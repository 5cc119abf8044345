package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.NonNull;

/** Paid once per period when the creator's net revenue reaches thresholdMinor. */
public record RevenueBonus(@NonNull long thresholdMinor, @NonNull Money amount) {}
