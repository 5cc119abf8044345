package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.gateway.client.CampaignClient;
import com.creatorplatform.gateway.error.ApiGraphQLError;
import com.creatorplatform.gateway.schema.Brand;
import com.creatorplatform.gateway.schema.Campaign;
import com.creatorplatform.gateway.schema.CampaignConnection;
import com.creatorplatform.gateway.schema.Inputs.CreateCampaignInput;
import com.creatorplatform.gateway.schema.Inputs.CreateCampaignPayload;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.gateway.security.ReadScope;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.common.v1.PageRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Brands and campaigns, answered by campaign-service. */
@GraphQLApi
public class CampaignApi {

    private final Caller caller;
    private final CampaignClient campaigns;

    CampaignApi(Caller caller, CampaignClient campaigns) {
        this.caller = caller;
        this.campaigns = campaigns;
    }

    @Query
    @Description("The brand of the signed-in brand user.")
    public Uni<Brand> myBrand() {
        String brandId = caller.brandToRead();
        return campaigns
                .brands(List.of(brandId))
                .map(
                        found -> {
                            if (found.isEmpty()) {
                                throw new ApiGraphQLError.NotFound(
                                        "brand " + brandId + " does not exist");
                            }
                            return Brand.from(found.get(0));
                        });
    }

    @Query
    @Description("A campaign of the caller's brand; null if there is none with this id.")
    public Uni<Campaign> campaign(@Id @NonNull String id) {
        return campaigns
                .campaigns(ReadScope.brand(caller.brandToRead()), List.of(id))
                .map(found -> found.isEmpty() ? null : Campaign.from(found.get(0)));
    }

    @Query
    @Description(
            "The caller's brand's campaigns, newest first. `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ".")
    public Uni<@NonNull CampaignConnection> campaigns(@DefaultValue("20") int first, String after) {
        var request =
                ListCampaignsRequest.newBuilder()
                        .setBrandId(caller.brandToRead())
                        .setPage(
                                PageRequest.newBuilder()
                                        .setPageSize(first)
                                        .setCursor(after == null ? "" : after))
                        .build();
        return campaigns
                .listCampaigns(request)
                .map(
                        page ->
                                new CampaignConnection(
                                        page.getCampaignsList().stream()
                                                .map(Campaign::from)
                                                .toList(),
                                        PageInfo.of(page.getPageInfo())));
    }

    @Mutation
    @Description("Creates a campaign in DRAFT. Brand admins only.")
    public Uni<@NonNull CreateCampaignPayload> createCampaign(@NonNull CreateCampaignInput input) {
        var request =
                CreateCampaignRequest.newBuilder()
                        .setBrandId(caller.brandToWrite())
                        .setName(input.name())
                        .setLandingUrl(input.landingUrl())
                        .setStartsOn(WireTypes.date(input.startsOn()))
                        .setEndsOn(WireTypes.date(input.endsOn()));
        if (input.budgetCap() != null) {
            request.setBudgetCap(input.budgetCap().toProto());
        }
        return campaigns
                .createCampaign(request.build())
                .map(c -> new CreateCampaignPayload(Campaign.from(c)));
    }
}
