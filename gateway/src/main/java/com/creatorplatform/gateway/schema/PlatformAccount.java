package com.creatorplatform.gateway.schema;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description(
        "A creator's presence on one platform. Rates are basis points (350 = 3.50 %); "
                + "conversionRateBasisPoints is null when not known.")
public record PlatformAccount(
        @NonNull Platform platform,
        @NonNull String handle,
        @NonNull long followers,
        @NonNull int engagementRateBasisPoints,
        Integer conversionRateBasisPoints) {

    static PlatformAccount from(com.creatorplatform.proto.campaign.v1.PlatformAccount account) {
        return new PlatformAccount(
                Platform.fromProto(account.getPlatform()),
                account.getHandle(),
                account.getFollowers(),
                account.getEngagementRateBasisPoints(),
                account.hasConversionRateBasisPoints()
                        ? account.getConversionRateBasisPoints()
                        : null);
    }
}
