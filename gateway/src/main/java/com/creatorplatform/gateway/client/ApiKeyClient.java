package com.creatorplatform.gateway.client;

import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.ApiKey;
import com.creatorplatform.proto.campaign.v1.CreateApiKeyRequest;
import com.creatorplatform.proto.campaign.v1.CreateApiKeyResponse;
import com.creatorplatform.proto.campaign.v1.GetApiKeyRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeyUsesRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeyUsesResponse;
import com.creatorplatform.proto.campaign.v1.ListApiKeysRequest;
import com.creatorplatform.proto.campaign.v1.MutinyApiKeyServiceGrpc.MutinyApiKeyServiceStub;
import com.creatorplatform.proto.campaign.v1.RecordApiKeyUseRequest;
import com.creatorplatform.proto.campaign.v1.RecordApiKeyUseResponse;
import com.creatorplatform.proto.campaign.v1.RevokeApiKeyRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * campaign-service's brand API keys (ADR 0054): managed by the brand's users with their own tokens;
 * a key's request checked with the key's own token (so campaign-service holds it to the key's
 * brand) and recorded in the audit log as the gateway's own account (the only caller that sees
 * every request).
 */
@ApplicationScoped
public class ApiKeyClient {

    private final MutinyApiKeyServiceStub keys;
    private final MutinyApiKeyServiceStub keysAsGateway;
    private final Caller caller;
    private final Duration deadline;
    private final Duration provisioningDeadline;

    ApiKeyClient(
            @GrpcClient("campaign") MutinyApiKeyServiceStub keys,
            @GrpcClient("campaign-as-gateway") @RegisterClientInterceptor(GatewayIdentity.class)
                    MutinyApiKeyServiceStub keysAsGateway,
            Caller caller,
            @ConfigProperty(name = "platform.grpc.deadline") Duration deadline,
            @ConfigProperty(name = "platform.grpc.provisioning-deadline")
                    Duration provisioningDeadline) {
        this.keys = keys;
        this.keysAsGateway = keysAsGateway;
        this.caller = caller;
        this.deadline = deadline;
        this.provisioningDeadline = provisioningDeadline;
    }

    /** Makes the key and its Keycloak client (several admin calls: the provisioning deadline). */
    public Uni<CreateApiKeyResponse> create(CreateApiKeyRequest request) {
        return ServiceCall.write(
                CampaignClient.SERVICE,
                () ->
                        ServiceCall.stub(keys, caller.accessToken(), provisioningDeadline)
                                .createApiKey(request));
    }

    public Uni<List<ApiKey>> list(String brandId) {
        return ServiceCall.read(
                CampaignClient.SERVICE,
                () ->
                        ServiceCall.stub(keys, caller.accessToken(), deadline)
                                .listApiKeys(
                                        ListApiKeysRequest.newBuilder().setBrandId(brandId).build())
                                .map(found -> found.getKeysList()));
    }

    public Uni<ApiKey> revoke(RevokeApiKeyRequest request) {
        return ServiceCall.write(
                CampaignClient.SERVICE,
                () ->
                        ServiceCall.stub(keys, caller.accessToken(), provisioningDeadline)
                                .revokeApiKey(request));
    }

    public Uni<ListApiKeyUsesResponse> uses(ListApiKeyUsesRequest request) {
        return ServiceCall.read(
                CampaignClient.SERVICE,
                () ->
                        ServiceCall.stub(keys, caller.accessToken(), deadline)
                                .listApiKeyUses(request));
    }

    /** The key a request's token names, read with that token. */
    public Uni<ApiKey> key(String keyToken, String brandId, String keyId) {
        return ServiceCall.read(
                CampaignClient.SERVICE,
                () ->
                        ServiceCall.stub(keys, keyToken, deadline)
                                .getApiKey(
                                        GetApiKeyRequest.newBuilder()
                                                .setBrandId(brandId)
                                                .setKeyId(keyId)
                                                .build()));
    }

    /** Appends a use to the brand's audit log, as the gateway's own account. */
    public Uni<RecordApiKeyUseResponse> record(RecordApiKeyUseRequest use) {
        return ServiceCall.write(
                CampaignClient.SERVICE,
                () ->
                        keysAsGateway
                                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                                .recordApiKeyUse(use));
    }
}
