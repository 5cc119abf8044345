package com.creatorplatform.gateway.schema;

import com.creatorplatform.contract.WireTypes;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A creator on the brand's roster.")
public record Creator(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull String email,
        @NonNull String country,
        @NonNull List<@NonNull String> niches,
        @NonNull List<@NonNull PlatformAccount> accounts,
        @NonNull Instant createdAt) {

    public static Creator from(com.creatorplatform.proto.campaign.v1.Creator creator) {
        return new Creator(
                creator.getId(),
                creator.getName(),
                creator.getEmail(),
                creator.getCountry(),
                List.copyOf(creator.getNichesList()),
                creator.getAccountsList().stream().map(PlatformAccount::from).toList(),
                WireTypes.instant(creator.getCreatedAt()));
    }
}
