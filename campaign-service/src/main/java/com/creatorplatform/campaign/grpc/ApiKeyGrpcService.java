package com.creatorplatform.campaign.grpc;

import com.creatorplatform.campaign.domain.ApiKeyUse;
import com.creatorplatform.campaign.service.ApiKeys;
import com.creatorplatform.contract.GrpcCalls;
import com.creatorplatform.contract.Ids;
import com.creatorplatform.contract.WireTypes;
import com.creatorplatform.proto.campaign.v1.ApiKey;
import com.creatorplatform.proto.campaign.v1.ApiKeyService;
import com.creatorplatform.proto.campaign.v1.CreateApiKeyRequest;
import com.creatorplatform.proto.campaign.v1.CreateApiKeyResponse;
import com.creatorplatform.proto.campaign.v1.GetApiKeyRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeyUsesRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeyUsesResponse;
import com.creatorplatform.proto.campaign.v1.ListApiKeysRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeysResponse;
import com.creatorplatform.proto.campaign.v1.RecordApiKeyUseRequest;
import com.creatorplatform.proto.campaign.v1.RecordApiKeyUseResponse;
import com.creatorplatform.proto.campaign.v1.RevokeApiKeyRequest;
import io.quarkus.grpc.GrpcService;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** A brand's API keys and their audit log. Thin adapter (see {@link GrpcCalls}). */
@GrpcService
public class ApiKeyGrpcService implements ApiKeyService {

    private final ApiKeys keys;

    ApiKeyGrpcService(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Uni<CreateApiKeyResponse> createApiKey(CreateApiKeyRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.create(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        request.getName(),
                                        request.getScopesList())
                                .map(
                                        created ->
                                                CreateApiKeyResponse.newBuilder()
                                                        .setKey(toProto(created.key()))
                                                        .setClientSecret(created.secret())
                                                        .build()));
    }

    @Override
    public Uni<ListApiKeysResponse> listApiKeys(ListApiKeysRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.ofBrand(Ids.parse("brand_id", request.getBrandId()))
                                .map(
                                        found ->
                                                ListApiKeysResponse.newBuilder()
                                                        .addAllKeys(
                                                                found.stream()
                                                                        .map(
                                                                                ApiKeyGrpcService
                                                                                        ::toProto)
                                                                        .toList())
                                                        .build()));
    }

    @Override
    public Uni<ApiKey> getApiKey(GetApiKeyRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.get(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("key_id", request.getKeyId()))
                                .map(ApiKeyGrpcService::toProto));
    }

    @Override
    public Uni<ApiKey> revokeApiKey(RevokeApiKeyRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.revoke(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("key_id", request.getKeyId()))
                                .map(ApiKeyGrpcService::toProto));
    }

    @Override
    public Uni<RecordApiKeyUseResponse> recordApiKeyUse(RecordApiKeyUseRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.recordUse(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parse("key_id", request.getKeyId()),
                                        request.getOperation(),
                                        request.getRootFieldsList(),
                                        request.getOutcome())
                                .map(
                                        use ->
                                                RecordApiKeyUseResponse.newBuilder()
                                                        .setUseId(use.id.toString())
                                                        .build()));
    }

    @Override
    public Uni<ListApiKeyUsesResponse> listApiKeyUses(ListApiKeyUsesRequest request) {
        return GrpcCalls.run(
                () ->
                        keys.uses(
                                        Ids.parse("brand_id", request.getBrandId()),
                                        Ids.parseOptional("key_id", request.getKeyId()),
                                        request.getPage().getPageSize(),
                                        request.getPage().getCursor())
                                .map(
                                        page ->
                                                ListApiKeyUsesResponse.newBuilder()
                                                        .addAllUses(
                                                                page.items().stream()
                                                                        .map(
                                                                                ApiKeyGrpcService
                                                                                        ::toProto)
                                                                        .toList())
                                                        .setPageInfo(WirePages.info(page))
                                                        .build()));
    }

    private static ApiKey toProto(com.creatorplatform.campaign.domain.ApiKey key) {
        var wire =
                ApiKey.newBuilder()
                        .setId(key.id.toString())
                        .setBrandId(key.brandId.toString())
                        .setName(key.name)
                        .addAllScopes(List.of(key.scopes))
                        .setClientId(key.clientId)
                        .setSecretPrefix(key.secretPrefix)
                        .setCreatedAt(WireTypes.timestamp(key.createdAt));
        if (key.revokedAt != null) {
            wire.setRevokedAt(WireTypes.timestamp(key.revokedAt));
        }
        return wire.build();
    }

    private static com.creatorplatform.proto.campaign.v1.ApiKeyUse toProto(ApiKeyUse use) {
        return com.creatorplatform.proto.campaign.v1.ApiKeyUse.newBuilder()
                .setId(use.id.toString())
                .setKeyId(use.keyId.toString())
                .setOperation(use.operation)
                .addAllRootFields(List.of(use.rootFields))
                .setOutcome(use.outcome)
                .setUsedAt(WireTypes.timestamp(use.usedAt))
                .build();
    }
}
