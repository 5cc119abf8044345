package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of offer versions; pass pageInfo.endCursor as `after` for the next one. */
public record OfferConnection(@NonNull List<@NonNull Offer> nodes, @NonNull PageInfo pageInfo) {}
