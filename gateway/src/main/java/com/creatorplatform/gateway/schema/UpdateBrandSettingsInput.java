package com.creatorplatform.gateway.schema;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A brand's settings to change. A record of its own: nested beside SignUpBrandInput, SmallRye read
 * this optional allowedDomains as that record's required one.
 */
@Input("UpdateBrandSettingsInput")
@Description("The settings to change; a field left out keeps its value.")
public record UpdateBrandSettingsInput(
        @Description("ISO 4217; only while the brand has no campaign.") String currency,
        @Description("Replaces the list; at least one domain.") List<String> allowedDomains,
        @Description("In the brand's currency (the new one, when it changes with it).")
                MoneyInput minimumPayout,
        @Description("An IANA time zone id, e.g. Europe/Berlin.") String timeZone) {}
