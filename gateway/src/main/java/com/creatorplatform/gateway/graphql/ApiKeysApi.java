package com.creatorplatform.gateway.graphql;

import com.creatorplatform.contract.PageCursor;
import com.creatorplatform.gateway.client.ApiKeyClient;
import com.creatorplatform.gateway.schema.ApiKeyTypes.ApiKey;
import com.creatorplatform.gateway.schema.ApiKeyTypes.ApiKeyUse;
import com.creatorplatform.gateway.schema.ApiKeyTypes.ApiKeyUseConnection;
import com.creatorplatform.gateway.schema.ApiKeyTypes.CreateApiKeyInput;
import com.creatorplatform.gateway.schema.ApiKeyTypes.CreateApiKeyPayload;
import com.creatorplatform.gateway.schema.PageInfo;
import com.creatorplatform.gateway.security.Caller;
import com.creatorplatform.proto.campaign.v1.CreateApiKeyRequest;
import com.creatorplatform.proto.campaign.v1.ListApiKeyUsesRequest;
import com.creatorplatform.proto.campaign.v1.RevokeApiKeyRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * The brand's API keys (ADR 0054): admins make and revoke them, admins and viewers read them and
 * the audit log of their uses. A key cannot manage keys.
 */
@GraphQLApi
public class ApiKeysApi {

    private final Caller caller;
    private final ApiKeyClient keys;

    ApiKeysApi(Caller caller, ApiKeyClient keys) {
        this.caller = caller;
        this.keys = keys;
    }

    @Mutation
    @Description(
            "Makes an API key for the brand's own systems; the answer holds its client secret, shown only"
                    + " there. At most 20 active keys a brand. Brand admins only (signed in, not with a key).")
    public Uni<@NonNull CreateApiKeyPayload> createApiKey(@NonNull CreateApiKeyInput input) {
        return keys.create(
                        CreateApiKeyRequest.newBuilder()
                                .setBrandId(caller.brandToManageKeys())
                                .setName(input.name())
                                .addAllScopes(input.scopes())
                                .build())
                .map(
                        created ->
                                new CreateApiKeyPayload(
                                        ApiKey.from(created.getKey()),
                                        created.getKey().getClientId(),
                                        created.getClientSecret()));
    }

    @Mutation
    @Description(
            "Revokes a key: no new token can be had for it, and requests with a token it still holds are"
                    + " refused. Brand admins only (signed in, not with a key).")
    public Uni<@NonNull ApiKey> revokeApiKey(@NonNull @Id String keyId) {
        return keys.revoke(
                        RevokeApiKeyRequest.newBuilder()
                                .setBrandId(caller.brandToManageKeys())
                                .setKeyId(keyId)
                                .build())
                .map(ApiKey::from);
    }

    @Query
    @Description(
            "The brand's API keys, active ones first, newest first; without secrets. Brand users only.")
    public Uni<@NonNull List<@NonNull ApiKey>> apiKeys() {
        return keys.list(caller.brandToRead())
                .map(found -> found.stream().map(ApiKey::from).toList());
    }

    @Query
    @Description(
            "The audit log of the brand's API keys, newest first: every request made with a key (of one"
                    + " key when `keyId` is given). `first` is at most "
                    + PageCursor.MAX_PAGE_SIZE
                    + ". Brand users only.")
    public Uni<@NonNull ApiKeyUseConnection> apiKeyUses(
            @Id String keyId, @DefaultValue("20") int first, String after) {
        return keys.uses(
                        ListApiKeyUsesRequest.newBuilder()
                                .setBrandId(caller.brandToRead())
                                .setKeyId(keyId == null ? "" : keyId)
                                .setPage(Pages.of(first, after))
                                .build())
                .map(
                        page ->
                                new ApiKeyUseConnection(
                                        page.getUsesList().stream().map(ApiKeyUse::from).toList(),
                                        PageInfo.of(page.getPageInfo())));
    }
}
