package com.creatorplatform.tracking.client;

import com.creatorplatform.contract.ApiError;
import com.creatorplatform.proto.campaign.v1.BatchGetBrandsRequest;
import com.creatorplatform.proto.campaign.v1.Brand;
import com.creatorplatform.proto.campaign.v1.MutinyApprovedPostsFeedGrpc.MutinyApprovedPostsFeedStub;
import com.creatorplatform.proto.campaign.v1.MutinyBrandServiceGrpc.MutinyBrandServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyCampaignServiceGrpc.MutinyCampaignServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyContentCalendarServiceGrpc.MutinyContentCalendarServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyCreatorServiceGrpc.MutinyCreatorServiceStub;
import com.creatorplatform.proto.campaign.v1.MutinyOfferServiceGrpc.MutinyOfferServiceStub;
import io.grpc.Status;
import io.grpc.stub.AbstractStub;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * tracking-service's one door to campaign-service: every call gets the same deadline and the same
 * failure. campaign-service serves one gRPC service a resource (ADR 0044), all on the one channel
 * "campaign"; this door hands out the stub of each that tracking-service calls.
 */
@ApplicationScoped
public class CampaignCalls {

    private final MutinyCampaignServiceStub campaigns;
    private final MutinyBrandServiceStub brands;
    private final MutinyOfferServiceStub offers;
    private final MutinyCreatorServiceStub creators;
    private final MutinyContentCalendarServiceStub calendar;
    private final MutinyApprovedPostsFeedStub approvals;
    private final Duration deadline;

    CampaignCalls(
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyCampaignServiceStub campaigns,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyBrandServiceStub brands,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyOfferServiceStub offers,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyCreatorServiceStub creators,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyContentCalendarServiceStub calendar,
            @GrpcClient("campaign") @RegisterClientInterceptor(TrackingServiceIdentity.class)
                    MutinyApprovedPostsFeedStub approvals,
            @ConfigProperty(name = "tracking.campaign-service.deadline", defaultValue = "PT2S")
                    Duration deadline) {
        this.campaigns = campaigns;
        this.brands = brands;
        this.offers = offers;
        this.creators = creators;
        this.calendar = calendar;
        this.approvals = approvals;
        this.deadline = deadline;
    }

    /** The CampaignService stub (campaigns) with a deadline counted from now. */
    public MutinyCampaignServiceStub stub() {
        return withDeadline(campaigns);
    }

    /** The BrandService stub with a deadline counted from now. */
    public MutinyBrandServiceStub brandStub() {
        return withDeadline(brands);
    }

    /** The OfferService stub with a deadline counted from now. */
    public MutinyOfferServiceStub offerStub() {
        return withDeadline(offers);
    }

    /** The CreatorService stub with a deadline counted from now. */
    public MutinyCreatorServiceStub creatorStub() {
        return withDeadline(creators);
    }

    /** The ContentCalendarService stub (posts) with a deadline counted from now. */
    public MutinyContentCalendarServiceStub calendarStub() {
        return withDeadline(calendar);
    }

    /** The ApprovedPostsFeed stub with a deadline counted from now. */
    public MutinyApprovedPostsFeedStub approvalsStub() {
        return withDeadline(approvals);
    }

    private <S extends AbstractStub<S>> S withDeadline(S stub) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * What the caller hears when campaign-service could not answer: UNAVAILABLE, so that it retries
     * (the shop its order report).
     */
    /**
     * One brand as campaign-service keeps it: NOT_FOUND when there is no such brand, UNAVAILABLE
     * (saying the service could not {@code what}) when it cannot answer.
     */
    public Uni<Brand> brand(UUID brandId, String what) {
        return brandStub()
                .batchGetBrands(
                        BatchGetBrandsRequest.newBuilder().addIds(brandId.toString()).build())
                .onFailure()
                .transform(failure -> unavailable(what, failure))
                .map(
                        found ->
                                found.getBrandsList().stream()
                                        .findFirst()
                                        .orElseThrow(
                                                () ->
                                                        ApiError.notFound(
                                                                "brand "
                                                                        + brandId
                                                                        + " does not exist")));
    }

    public static RuntimeException unavailable(String what, Throwable failure) {
        return Status.UNAVAILABLE
                .withDescription("campaign-service could not " + what + "; try again shortly")
                .withCause(failure)
                .asRuntimeException();
    }
}
