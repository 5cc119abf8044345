package com.creatorplatform.gateway.client;

import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.BatchGetCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.Brand;
import com.creatorplatform.proto.campaign.v1.Campaign;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.creatorplatform.proto.campaign.v1.CreateCampaignRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsRequest;
import com.creatorplatform.proto.campaign.v1.ListCampaignsResponse;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gateway's one door to campaign-service. */
@ApplicationScoped
public class CampaignClient {

    static final String SERVICE = "campaign-service";

    private final MutinyCampaignServiceStub client;
    private final Duration deadline;

    CampaignClient(@GrpcClient("campaign") MutinyCampaignServiceStub client,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline) {
        this.client = client;
        this.deadline = deadline;
    }

    /** The stub with a deadline counted from now: each call gets its own. */
    private MutinyCampaignServiceStub stub() {
        return client.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Uni<List<Brand>> brands(List<String> ids) {
        return ServiceCall.read(SERVICE, () -> stub().batchGetBrands(BatchGetBrandsRequest.newBuilder().addAllIds(ids).build())
                .map(r -> r.getBrandsList()));
    }

    public Uni<List<Campaign>> campaigns(String brandId, List<String> ids) {
        return ServiceCall.read(SERVICE, () -> stub().batchGetCampaigns(
                BatchGetCampaignsRequest.newBuilder().setBrandId(brandId).addAllIds(ids).build()).map(r -> r.getCampaignsList()));
    }

    public Uni<ListCampaignsResponse> listCampaigns(ListCampaignsRequest request) {
        return ServiceCall.read(SERVICE, () -> stub().listCampaigns(request));
    }

    public Uni<Campaign> createCampaign(CreateCampaignRequest request) {
        return ServiceCall.write(SERVICE, () -> stub().createCampaign(request));
    }
}
