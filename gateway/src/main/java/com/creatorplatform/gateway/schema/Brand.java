package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A brand: the tenant that runs campaigns.")
public record Brand(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull String currency,
        @NonNull List<@NonNull String> allowedDomains,
        @NonNull Money minimumPayout,
        @NonNull Instant createdAt,
        @NonNull @Description("The IANA time zone the brand works in, e.g. Europe/Berlin.")
                String timeZone) {

    public static Brand from(com.creatorplatform.proto.campaign.v1.Brand brand) {
        return new Brand(
                brand.getId(),
                brand.getName(),
                brand.getCurrency(),
                List.copyOf(brand.getAllowedDomainsList()),
                Money.of(brand.getMinimumPayout()),
                WireTypes.instant(brand.getCreatedAt()),
                brand.getTimeZone());
    }
}
