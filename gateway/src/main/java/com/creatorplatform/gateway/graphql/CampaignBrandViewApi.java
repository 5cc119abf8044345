package com.creatorplatform.gateway.graphql;

import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.Goal;
import com.creatorplatform.gateway.schema.Money;
import com.creatorplatform.gateway.security.Caller;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * A campaign's fields that are the brand's own business: a creator who reads their campaign
 * (through `me`) is refused them with FORBIDDEN, as the whole campaign's figures and money are not
 * theirs.
 */
@GraphQLApi
public class CampaignBrandViewApi {

    private final Caller caller;

    CampaignBrandViewApi(Caller caller) {
        this.caller = caller;
    }

    @Description("The most commission the campaign may pay; null for no cap. Brand users only.")
    public Money budgetCap(@Source Campaign campaign) {
        caller.brandToRead();
        return campaign.budget();
    }

    @Description(
            "The campaign's goals, each with its progress from live tracking figures. Brand users only.")
    public @NonNull List<@NonNull Goal> goals(@Source Campaign campaign) {
        caller.brandToRead();
        return campaign.goalList();
    }

    @Description("The audience ranking scores creators against; empty means any. Brand users only.")
    public @NonNull List<@NonNull String> targetNiches(@Source Campaign campaign) {
        caller.brandToRead();
        return campaign.niches();
    }

    @Description(
            "The audience's countries ranking scores creators against; empty means any. Brand users only.")
    public @NonNull List<@NonNull String> targetCountries(@Source Campaign campaign) {
        caller.brandToRead();
        return campaign.countries();
    }
}
