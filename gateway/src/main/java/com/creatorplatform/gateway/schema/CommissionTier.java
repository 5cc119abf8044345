package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.NonNull;

/**
 * A tier starts at fromMinor of the creator's net revenue in the period; rates in basis points
 * (1000 = 10 %).
 */
public record CommissionTier(@NonNull long fromMinor, @NonNull int rateBasisPoints) {}
